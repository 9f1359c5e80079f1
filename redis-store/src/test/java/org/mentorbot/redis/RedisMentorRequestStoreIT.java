package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.choice.MentorRequestStoreContract;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;

class RedisMentorRequestStoreIT extends MentorRequestStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected Space newSpace() {
        Stores stores = REDIS.newStores().forProgram(new ProgramSlug("eng"));
        return new Space(stores.pairings(), stores.requests());
    }
}
