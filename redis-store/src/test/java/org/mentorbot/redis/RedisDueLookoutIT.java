package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.program.DueLookoutContract;

class RedisDueLookoutIT extends DueLookoutContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected Space newSpace() {
        RedisStores stores = REDIS.newStores();
        return new Space(stores.programs(), stores::forProgram, stores.dueLookout());
    }
}
