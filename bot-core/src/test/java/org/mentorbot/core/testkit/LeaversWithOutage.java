package org.mentorbot.core.testkit;

import java.util.List;
import org.mentorbot.core.memory.InMemoryLeaverStore;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.Stores;

/**
 * Leavers in memory behind a switch: while the store is {@link #down()} every call throws
 * {@link StoreUnavailableException} and changes nothing, as the port says; {@link #up()} brings it
 * back with what it held. For the adapters' tests of a departure told during an outage.
 */
public final class LeaversWithOutage implements LeaverStore {

    private final LeaverStore leavers = new InMemoryLeaverStore();
    private volatile boolean down;

    /** {@code stores} with this store for their leavers. */
    public Stores in(Stores stores) {
        return new Stores(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(), stores.addresses(),
                stores.journeys(), stores.playbooks(), stores.recognition(), stores.waitlist(), stores.requests(), this,
                stores.counters(), stores.surveys());
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    @Override
    public boolean record(Leaver leaver) {
        answering();
        return leavers.record(leaver);
    }

    @Override
    public List<Leaver> all() {
        answering();
        return leavers.all();
    }

    @Override
    public void delete(ParticipantId person) {
        answering();
        leavers.delete(person);
    }

    private void answering() {
        if (down) {
            throw new StoreUnavailableException("the leavers' store is down", null);
        }
    }
}
