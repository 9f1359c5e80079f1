package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.ParticipantStoreContract;

class RedisParticipantStoreIT extends ParticipantStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected ParticipantStore newStore() {
        return REDIS.newStores().participants();
    }
}
