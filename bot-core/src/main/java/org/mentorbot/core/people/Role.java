package org.mentorbot.core.people;

import java.util.Locale;
import java.util.Optional;

/** What a person does in the program. */
public enum Role {
    MENTOR, MENTEE, BOTH;

    public boolean mentors() {
        return this != MENTEE;
    }

    public boolean isMentored() {
        return this != MENTOR;
    }

    /** Reads {@code mentor}, {@code mentee} or {@code both}, in any case. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "mentor" -> Optional.of(MENTOR);
            case "mentee" -> Optional.of(MENTEE);
            case "both" -> Optional.of(BOTH);
            default -> Optional.empty();
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
