package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.guidance.PlaybookStoreContract;

class RedisPlaybookStoreIT extends PlaybookStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected PlaybookStore newStore() {
        return REDIS.newStores().playbooks();
    }
}
