package org.mentorbot.core.program;

import org.mentorbot.core.memory.InMemoryProgramStore;

class StoresDueLookoutTest extends DueLookoutContract {

    @Override
    protected Space newSpace() {
        InMemoryProgramStore programs = new InMemoryProgramStore();
        ProgramRegistry.StoreSpace stores = Stores.inMemory().inMemorySpace();
        return new Space(programs, stores, new StoresDueLookout(programs, stores));
    }
}
