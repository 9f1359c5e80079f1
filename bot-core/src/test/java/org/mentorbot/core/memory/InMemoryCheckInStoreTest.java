package org.mentorbot.core.memory;

import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.checkin.CheckInStoreContract;

class InMemoryCheckInStoreTest extends CheckInStoreContract {

    @Override
    protected CheckInStore newStore() {
        return new InMemoryCheckInStore();
    }
}
