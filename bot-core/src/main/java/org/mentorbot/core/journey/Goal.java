package org.mentorbot.core.journey;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * One thing the pair wants the mentoring to achieve, by when, and how far along it is.
 *
 * @param byWhen the pair's own words for the deadline ("end of June"), blank for none
 * @param author who last wrote the goal's words
 */
public record Goal(String what, String byWhen, GoalStatus status, ParticipantId author, Instant updatedAt) {

    public static final int MAX_WHAT = 300;
    public static final int MAX_BY_WHEN = 60;

    public Goal {
        Objects.requireNonNull(what, "what");
        what = what.strip();
        if (what.isEmpty() || what.length() > MAX_WHAT) {
            throw new IllegalArgumentException("a goal says what, in 1 to " + MAX_WHAT + " characters");
        }
        byWhen = byWhen == null ? "" : byWhen.strip();
        if (byWhen.length() > MAX_BY_WHEN) {
            throw new IllegalArgumentException("by when takes at most " + MAX_BY_WHEN + " characters");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Goal withStatus(GoalStatus newStatus, Instant at) {
        return new Goal(what, byWhen, newStatus, author, at);
    }
}
