package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.outcomes.LeaverStoreContract;
import org.mentorbot.core.programs.ProgramSlug;

class RedisLeaverStoreIT extends LeaverStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected LeaverStore newStore() {
        return REDIS.newStores().forProgram(new ProgramSlug("eng")).leavers();
    }
}
