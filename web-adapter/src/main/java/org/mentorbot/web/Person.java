package org.mentorbot.web;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.people.ParticipantId;

/**
 * Someone you play in the playground: a {@code web:} participant with a name and a time zone,
 * as a chat platform would describe them to the bot.
 */
public record Person(ParticipantId id, String name, ZoneId timezone, boolean admin) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timezone, "timezone");
        if (!"web".equals(id.platform())) {
            throw new IllegalArgumentException("a playground person is a web: participant, not " + id);
        }
    }

    /** The person as the bot sees them when they talk to it. */
    public Actor actor() {
        return new Actor(id, name, Optional.of(timezone));
    }
}
