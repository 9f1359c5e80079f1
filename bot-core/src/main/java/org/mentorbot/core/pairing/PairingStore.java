package org.mentorbot.core.pairing;

import java.time.Instant;
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

    /** The open (active or paused) pairings, in no particular order; reads no ended pairing. */
    List<Pairing> open();

    /**
     * Up to {@code limit} active pairings on which {@code kind} is due at {@code now} (due at or
     * before it), earliest first, after skipping the first {@code skip} of them; reads those
     * pairings only. The index is written in the same atomic step as the pairing, so every pairing
     * answered was active and due when its entry was read.
     */
    List<Pairing> dueFor(DueIndex kind, Instant now, int skip, int limit);

    /**
     * How many pairings {@code kind} is due on at {@code now}: what rounds have yet to take. Counts
     * the index's entries without reading a pairing.
     */
    int dueCount(DueIndex kind, Instant now);

    /** The first {@code limit} pairings due, as {@link #dueFor(DueIndex, Instant, int, int)}. */
    default List<Pairing> dueFor(DueIndex kind, Instant now, int limit) {
        return dueFor(kind, now, 0, limit);
    }

    /**
     * For a kind whose time is not on the pairing ({@link DueIndex#PLAYBOOK}): when the pairing is
     * next due, or never ({@code at} null). Checked and written in one atomic step, and changes
     * nothing unless the pairing is active, so a late caller cannot put back a pairing that was
     * paused or ended meanwhile.
     */
    void scheduleLook(PairId id, DueIndex kind, Instant at);

    /**
     * {@link #scheduleLook} for every active pairing: each is due at {@code at}. Works through the
     * open pairings a bounded batch at a time, each batch one atomic step, without holding them all
     * in memory; answers how many were scheduled.
     */
    int scheduleLookForAllActive(DueIndex kind, Instant at);

    /** How many pairings are active, paused, ended and stalled; a constant number of reads. */
    PairingCounts counts();

    /** Every pairing the person was ever in, as mentor or mentee. */
    List<Pairing> of(ParticipantId person);

    /**
     * Replaces {@code current} with {@code updated} (same id) only if the stored pairing still
     * equals {@code current}; answers whether it did. Callers re-read and retry on false.
     */
    boolean replace(Pairing current, Pairing updated);

    /** Why {@link #create} did or did not store a pairing. */
    enum CreateOutcome {
        CREATED, MENTEE_ALREADY_PAIRED, MENTOR_FULL, PAIRED_BEFORE
    }
}
