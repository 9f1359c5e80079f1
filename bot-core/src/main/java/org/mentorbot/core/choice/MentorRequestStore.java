package org.mentorbot.core.choice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;

/**
 * The requests mentees make in a mentee-choice program, and the mentors suggested to each
 * mentee. It shares the program's key space with the pairings, so that a seat is counted from
 * both at once. Every method throws {@link org.mentorbot.core.people.StoreUnavailableException}
 * when the store cannot be reached, having changed nothing.
 */
public interface MentorRequestStore {

    /**
     * Stores a pending request if, at this instant, the mentee has no pending request and the
     * mentor's open pairings (in this program's pairing store) plus the seats held by requests
     * (pending, or accepted and not yet released) are fewer than {@code mentorCapacity}. When
     * both fail, the outcome names MENTEE_HAS_PENDING. Atomic: of two mentees racing for a
     * mentor's last seat, one holds it; a mentor never gets two requests for one seat.
     */
    HoldOutcome hold(MentorRequest request, int mentorCapacity);

    Optional<MentorRequest> find(RequestId id);

    /** Every request the person made or was asked, in no particular order. */
    List<MentorRequest> of(ParticipantId person);

    /** Every request that holds a seat (pending, or accepted and not yet released). */
    List<MentorRequest> holdingSeats();

    /**
     * Moves a pending request to {@code to} (ACCEPTED, DECLINED or EXPIRED) at {@code at} and
     * answers whether it did: only one of a mentor's answer and the timeout wins. DECLINED and
     * EXPIRED release the seat; ACCEPTED keeps it until {@link #release}.
     */
    boolean resolve(RequestId id, MentorRequest.Status to, Instant at);

    /** Releases the seat an accepted request held (its pairing now holds it). */
    void release(RequestId id);

    /** Pending requests whose answer was due at or before {@code now}, at most {@code limit}, earliest first: read from a due-time index. */
    List<MentorRequest> due(Instant now, int limit);

    /** Remembers the mentors last suggested to the mentee, replacing earlier suggestions. */
    void suggest(ParticipantId mentee, List<ParticipantId> mentors);

    /** The mentors last suggested to the mentee, best first; empty when none. */
    List<ParticipantId> suggestions(ParticipantId mentee);

    /**
     * Erases every request the person made or was asked, the mentors suggested to them, and their
     * place among the mentors suggested to anyone else (for "delete me").
     */
    void deleteAllOf(ParticipantId person);

    /** Why {@link #hold} did or did not store the request. */
    enum HoldOutcome {
        HELD, MENTEE_HAS_PENDING, MENTOR_FULL
    }
}
