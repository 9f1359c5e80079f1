package org.mentorbot.core.matching;

import java.util.List;
import java.util.Objects;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.people.ParticipantId;

/** A pair that a matching round would make, with its compatibility score and the reasons for it. */
public record ProposedPair(ParticipantId mentor, ParticipantId mentee, int score, List<MatchReason> reasons) {

    public ProposedPair {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        if (mentor.equals(mentee)) {
            throw new IllegalArgumentException("nobody mentors themself: " + mentor);
        }
        reasons = List.copyOf(reasons);
    }
}
