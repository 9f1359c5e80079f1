package org.mentorbot.core.matching;

import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/** A mentee a round leaves waiting, and why. */
public record Unmatched(ParticipantId mentee, UnmatchedReason reason) {

    public Unmatched {
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(reason, "reason");
    }
}
