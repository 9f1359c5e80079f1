package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.journey.JourneyStoreContract;

class RedisJourneyStoreIT extends JourneyStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected JourneyStore newStore() {
        return REDIS.newStores().journeys();
    }
}
