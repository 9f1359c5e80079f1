package org.mentorbot.core.matching;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.core.people.ParticipantId;

/**
 * The mentees of a program who wait for a mentor, with what raises their priority. A round reads
 * it whole (a round reads every participant anyway); everything else touches one person.
 * Every method throws {@link org.mentorbot.core.people.StoreUnavailableException} when the store
 * cannot be reached, having changed nothing.
 */
public interface WaitlistStore {

    Map<ParticipantId, WaitingMentee> all();

    Optional<WaitingMentee> find(ParticipantId mentee);

    /**
     * Applies {@code change} to the person's entry ({@code null} when there is none; the change
     * answers {@code null} to remove it), atomically with respect to other updates of that person.
     */
    void update(ParticipantId mentee, UnaryOperator<WaitingMentee> change);

    /** Forgets the person (they got a mentor, left, or asked to be deleted). */
    void remove(ParticipantId mentee);
}
