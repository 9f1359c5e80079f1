package org.mentorbot.core.people;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How often a person would like to be nudged to meet; {@link #PROGRAM} follows the program setting. */
public enum Cadence {
    PROGRAM(null), WEEKLY(Duration.ofDays(7)), BIWEEKLY(Duration.ofDays(14)), MONTHLY(Duration.ofDays(28));

    private final Duration interval;

    Cadence(Duration interval) {
        this.interval = interval;
    }

    /** The interval between check-ins: this cadence's own, or the program's for {@link #PROGRAM}. */
    public Duration interval(Duration programInterval) {
        return interval == null ? programInterval : interval;
    }

    public static Optional<Cadence> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(PROGRAM);
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "program", "default" -> Optional.of(PROGRAM);
            case "weekly" -> Optional.of(WEEKLY);
            case "biweekly", "every two weeks", "fortnightly" -> Optional.of(BIWEEKLY);
            case "monthly" -> Optional.of(MONTHLY);
            default -> Optional.empty();
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
