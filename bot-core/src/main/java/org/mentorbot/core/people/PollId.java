package org.mentorbot.core.people;

import java.util.Objects;

/** One feedback poll sent to one pair; each member answers it at most once. */
public record PollId(String value) {

    public PollId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("A poll id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
