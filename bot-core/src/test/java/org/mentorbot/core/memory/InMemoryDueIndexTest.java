package org.mentorbot.core.memory;

import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.schedule.DueIndexContract;

class InMemoryDueIndexTest extends DueIndexContract {

    @Override
    protected PairingStore newStore() {
        return new InMemoryPairingStore();
    }
}
