package org.mentorbot.core.programs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who starts a program's matching rounds. */
public enum MatchingMode {
    /** An admin runs {@code match}. */
    ADMIN,
    /** Rounds run on the program's cron schedule (and admins may still run one). */
    SCHEDULED,
    /** Mentees request a mentor from suggestions; the mentor accepts or declines. */
    MENTEE_CHOICE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MatchingMode> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
