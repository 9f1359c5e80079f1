package org.mentorbot.core.memory;

import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.journey.JourneyStoreContract;

class InMemoryJourneyStoreTest extends JourneyStoreContract {

    @Override
    protected JourneyStore newStore() {
        return new InMemoryJourneyStore();
    }
}
