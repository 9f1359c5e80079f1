package org.mentorbot.core.people;

import java.util.Objects;

/** One mentoring circle: the pairings a round formed together for one mentor, checked in on and polled as one. */
public record CircleId(String value) {

    public CircleId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("A circle id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
