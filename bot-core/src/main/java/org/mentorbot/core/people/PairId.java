package org.mentorbot.core.people;

import java.util.Objects;

/** One mentor–mentee pairing, from introduction to its end. */
public record PairId(String value) {

    public PairId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("A pair id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
