package org.mentorbot.core.memory;

import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.guidance.PlaybookStoreContract;

class InMemoryPlaybookStoreTest extends PlaybookStoreContract {

    @Override
    protected PlaybookStore newStore() {
        return new InMemoryPlaybookStore();
    }
}
