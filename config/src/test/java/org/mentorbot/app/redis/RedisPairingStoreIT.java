package org.mentorbot.app.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.matching.PairingStore;
import org.mentorbot.core.matching.PairingStoreContract;

class RedisPairingStoreIT extends PairingStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected PairingStore newStore() {
        return REDIS.newStores().pairings();
    }
}
