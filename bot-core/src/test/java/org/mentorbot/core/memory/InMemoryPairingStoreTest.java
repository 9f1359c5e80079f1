package org.mentorbot.core.memory;

import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.pairing.PairingStoreContract;

class InMemoryPairingStoreTest extends PairingStoreContract {

    @Override
    protected PairingStore newStore() {
        return new InMemoryPairingStore();
    }
}
