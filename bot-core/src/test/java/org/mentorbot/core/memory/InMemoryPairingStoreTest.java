package org.mentorbot.core.memory;

import org.mentorbot.core.matching.PairingStore;
import org.mentorbot.core.matching.PairingStoreContract;

class InMemoryPairingStoreTest extends PairingStoreContract {

    @Override
    protected PairingStore newStore() {
        return new InMemoryPairingStore();
    }
}
