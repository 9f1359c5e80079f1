package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.programs.ProgramStoreContract;

class RedisProgramStoreIT extends ProgramStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected ProgramStore newStore() {
        return REDIS.newStores().programs();
    }
}
