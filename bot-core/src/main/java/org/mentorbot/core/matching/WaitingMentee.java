package org.mentorbot.core.matching;

import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * A mentee waiting for a mentor, as the waitlist remembers them between rounds: how many rounds
 * left them waiting, and whether they wait because a pairing ended as "not a good fit". Both
 * raise the mentee's priority in the next round (see {@link MatchingWeights#priorityPoints}).
 *
 * @param roundsWaited rounds that ended with this mentee still waiting
 * @param rematch      their last pairing ended as "not a good fit"
 */
public record WaitingMentee(ParticipantId mentee, int roundsWaited, boolean rematch) {

    public WaitingMentee {
        Objects.requireNonNull(mentee, "mentee");
        if (roundsWaited < 0) {
            throw new IllegalArgumentException("roundsWaited cannot be negative: " + roundsWaited);
        }
    }

    public WaitingMentee waitedAnotherRound() {
        return new WaitingMentee(mentee, roundsWaited + 1, rematch);
    }
}
