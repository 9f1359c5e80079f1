package org.mentorbot.core.outcomes;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;

/**
 * A participant who left the organisation (their Slack account was deactivated): when the bot
 * learnt it, and the role they had in the program. Leavers count against the program's retention.
 */
public record Leaver(ParticipantId person, Instant at, Role role) {

    public Leaver {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(role, "role");
    }
}
