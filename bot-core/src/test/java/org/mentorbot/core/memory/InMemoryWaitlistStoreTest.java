package org.mentorbot.core.memory;

import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.matching.WaitlistStoreContract;

class InMemoryWaitlistStoreTest extends WaitlistStoreContract {

    @Override
    protected WaitlistStore newStore() {
        return new InMemoryWaitlistStore();
    }
}
