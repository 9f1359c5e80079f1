package org.mentorbot.core.memory;

import org.mentorbot.core.journey.JourneyStoreContract;

class InMemoryJourneyStoreTest extends JourneyStoreContract {

    @Override
    protected Space newSpace() {
        InMemoryPairingStore pairings = new InMemoryPairingStore();
        return new Space(pairings, new InMemoryJourneyStore(pairings));
    }
}
