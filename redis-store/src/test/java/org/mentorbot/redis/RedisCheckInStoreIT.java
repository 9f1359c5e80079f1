package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.checkin.CheckInStoreContract;

class RedisCheckInStoreIT extends CheckInStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected CheckInStore newStore() {
        return REDIS.newStores().checkIns();
    }
}
