package org.mentorbot.core.memory;

import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.ParticipantStoreContract;

class InMemoryParticipantStoreTest extends ParticipantStoreContract {

    @Override
    protected ParticipantStore newStore() {
        return new InMemoryParticipantStore();
    }
}
