package org.mentorbot.core.pairing;

import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/** Two people as mentor and mentee, whether or not they are paired. */
public record MentorMentee(ParticipantId mentor, ParticipantId mentee) {

    public MentorMentee {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
    }
}
