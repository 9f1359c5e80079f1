package org.mentorbot.core.outcomes;

import java.util.List;
import org.mentorbot.core.people.ParticipantId;

/**
 * The program's leavers. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be reached,
 * having changed nothing.
 */
public interface LeaverStore {

    /**
     * Records the leaver unless the person is recorded already; answers whether it did. Atomic:
     * a platform that tells twice records one leaver, with the first date.
     */
    boolean record(Leaver leaver);

    /** Every leaver, in no particular order. */
    List<Leaver> all();

    /** Erases the person's record (for "delete me"). */
    void delete(ParticipantId person);
}
