package org.mentorbot.core.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Check-ins that reached their pair. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be
 * reached, having changed nothing.
 */
public interface CheckInStore {

    /** Stores a check-in that was just delivered, unanswered. */
    void save(CheckIn checkIn);

    Optional<CheckIn> find(CheckInId id);

    /**
     * Records the answer if the check-in has none yet, and returns the check-in as stored
     * afterwards: with this answer, or with the earlier one if someone was first. Atomic:
     * two presses at once record one answer. Empty if there is no such check-in.
     */
    Optional<CheckIn> answer(CheckInId id, CheckIn.Answer answer);

    /** Every check-in, in no particular order. */
    List<CheckIn> all();

    /** The pair's check-ins, in no particular order. */
    default List<CheckIn> of(PairId pair) {
        return all().stream().filter(c -> c.pair().equals(pair)).toList();
    }

    /**
     * Attributes to {@code to} the answers {@code from} gave to these pairs' check-ins, keeping what
     * was answered and when, so that an erased person's pairs keep their answers without their id.
     */
    void reattribute(Collection<PairId> pairs, ParticipantId from, ParticipantId to);
}
