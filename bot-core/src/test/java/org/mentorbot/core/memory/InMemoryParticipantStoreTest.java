package org.mentorbot.core.memory;

import org.mentorbot.core.enrollment.ParticipantStore;
import org.mentorbot.core.enrollment.ParticipantStoreContract;

class InMemoryParticipantStoreTest extends ParticipantStoreContract {

    @Override
    protected ParticipantStore newStore() {
        return new InMemoryParticipantStore();
    }
}
