package org.mentorbot.core.choice;

import java.util.Objects;

/** A mentee's request to one mentor, as its Accept and Decline buttons carry it. */
public record RequestId(String value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("A request id is 1-100 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
