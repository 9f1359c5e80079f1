package org.mentorbot.core.memory;

import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.outcomes.LeaverStoreContract;

class InMemoryLeaverStoreTest extends LeaverStoreContract {

    @Override
    protected LeaverStore newStore() {
        return new InMemoryLeaverStore();
    }
}
