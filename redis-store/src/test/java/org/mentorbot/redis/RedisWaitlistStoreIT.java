package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.matching.WaitlistStoreContract;
import org.mentorbot.core.programs.ProgramSlug;

class RedisWaitlistStoreIT extends WaitlistStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected WaitlistStore newStore() {
        return REDIS.newStores().forProgram(ProgramSlug.DEFAULT).waitlist();
    }
}
