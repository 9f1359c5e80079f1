package org.mentorbot.teams.delivery;

import java.time.Duration;
import java.util.List;

/**
 * At most {@code max} messages in any {@code per} window. Teams limits each bot in each
 * conversation to 7 messages per second, 8 per 2 seconds, 60 per 30 seconds and 1,800 per hour.
 */
public record RateWindow(int max, Duration per) {

    public static final List<RateWindow> TEAMS_PER_CONVERSATION = List.of(
            new RateWindow(7, Duration.ofSeconds(1)), new RateWindow(8, Duration.ofSeconds(2)),
            new RateWindow(60, Duration.ofSeconds(30)), new RateWindow(1800, Duration.ofHours(1)));

    public RateWindow {
        if (max < 1) {
            throw new IllegalArgumentException("a rate window allows at least one message");
        }
        if (per == null || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate window has a positive duration");
        }
    }
}
