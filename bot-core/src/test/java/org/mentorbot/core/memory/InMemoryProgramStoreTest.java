package org.mentorbot.core.memory;

import org.mentorbot.core.programs.ProgramStore;
import org.mentorbot.core.programs.ProgramStoreContract;

class InMemoryProgramStoreTest extends ProgramStoreContract {

    @Override
    protected ProgramStore newStore() {
        return new InMemoryProgramStore();
    }
}
