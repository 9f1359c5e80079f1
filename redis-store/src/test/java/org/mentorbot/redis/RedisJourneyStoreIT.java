package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.journey.JourneyStoreContract;

class RedisJourneyStoreIT extends JourneyStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected Space newSpace() {
        RedisStores stores = REDIS.newStores();
        return new Space(stores.pairings(), stores.journeys());
    }
}
