package org.mentorbot.core.journey;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/** One partner's line at a review: what helped (mid-point) or what they take away (closing). Private to the pair. */
public record Reflection(Milestone milestone, ParticipantId by, String text, Instant at) {

    public static final int MAX_TEXT = 500;

    public Reflection {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(by, "by");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a reflection takes at most " + MAX_TEXT + " characters");
        }
        Objects.requireNonNull(at, "at");
    }
}
