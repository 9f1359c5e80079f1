package org.mentorbot.core.journey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a goal stands, as the pair sees it. */
public enum GoalStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED;

    /** The value forms carry: {@code not-started}, {@code in-progress}, {@code achieved}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<GoalStatus> fromWire(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.wireName().equals(wanted)).findFirst();
    }
}
