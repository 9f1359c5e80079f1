package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * The rhythm of the program.
 *
 * @param checkInInterval    time between check-in nudges of a pair (a pair's own cadence may override it)
 * @param firstCheckInAfter  the first nudge after the introduction
 * @param feedbackAfter      the feedback poll after the introduction
 * @param workingHoursOnly   deliver nudges only on weekdays 09:00–17:00 in the recipients' time zones
 * @param stalledAfter       how many "not yet" answers running mark a pair as stalled
 */
public record ProgramSettings(
        Duration checkInInterval,
        Duration firstCheckInAfter,
        Duration feedbackAfter,
        boolean workingHoursOnly,
        int stalledAfter) {

    public ProgramSettings {
        requirePositive(checkInInterval, "check-in interval");
        requirePositive(firstCheckInAfter, "first check-in");
        requirePositive(feedbackAfter, "feedback poll");
        if (stalledAfter < 1) {
            throw new IllegalArgumentException("stalledAfter must be at least 1");
        }
    }

    public static ProgramSettings defaults() {
        return new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), true, 3);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("The " + what + " setting must be a positive duration, was " + d);
        }
    }
}
