package org.mentorbot.core.pairing;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Every pairing the program has made, open or ended. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be
 * reached, having changed nothing.
 */
public interface PairingStore {

    /**
     * Stores a new open pairing if, at this instant, the mentee has no open pairing as a mentee,
     * the mentor has fewer than {@code mentorCapacity} open pairings as a mentor, and the two
     * were never paired before as this mentor and this mentee (an ended pairing counts, the
     * reverse roles do not). When several conditions fail, the outcome names the first of
     * PAIRED_BEFORE, MENTEE_ALREADY_PAIRED, MENTOR_FULL. Atomic: of two mentees racing for a
     * mentor's last slot, one wins.
     */
    CreateOutcome create(Pairing pairing, int mentorCapacity);

    Optional<Pairing> find(PairId id);

    /** Every pairing, open or ended, in no particular order. */
    List<Pairing> all();

    /** Every pairing the person was ever in, as mentor or mentee. */
    List<Pairing> of(ParticipantId person);

    /**
     * Replaces {@code current} with {@code updated} (same id) only if the stored pairing still
     * equals {@code current}; answers whether it did. Callers re-read and retry on false.
     */
    boolean replace(Pairing current, Pairing updated);

    /** Erases every pairing the person was in (for "delete me"). */
    void deleteAllOf(ParticipantId person);

    /** Why {@link #create} did or did not store a pairing. */
    enum CreateOutcome {
        CREATED, MENTEE_ALREADY_PAIRED, MENTOR_FULL, PAIRED_BEFORE
    }
}
