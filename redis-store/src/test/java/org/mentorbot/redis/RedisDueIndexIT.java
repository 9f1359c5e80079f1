package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.schedule.DueIndexContract;

class RedisDueIndexIT extends DueIndexContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected PairingStore newStore() {
        return REDIS.newStores().pairings();
    }
}
