package org.mentorbot.core.conversation;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;

/**
 * Who is talking to the bot, as their platform describes them. The display name and time
 * zone come from the platform (Slack's profile, Teams' {@code localTimezone}) and pre-fill
 * the enrollment form.
 */
public record Actor(ParticipantId id, String displayName, Optional<ZoneId> timezone) {

    public Actor {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id.userId() : displayName.strip();
        timezone = timezone == null ? Optional.empty() : timezone;
    }

    public static Actor of(ParticipantId id, String displayName) {
        return new Actor(id, displayName, Optional.empty());
    }
}
