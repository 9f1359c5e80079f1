package org.mentorbot.core.people;

import java.util.Objects;

/** One check-in prompt sent to one pair. */
public record CheckInId(String value) {

    public CheckInId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("A check-in id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
