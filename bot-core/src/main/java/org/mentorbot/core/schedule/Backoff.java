package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before trying again to deliver a nudge or poll that no platform accepted:
 * the wait doubles with each failure running, from a quarter of the pair's cadence (at most a
 * minute) up to the cadence itself (at most an hour); after {@code maxAttempts} the item is
 * skipped until its next regular time, so that a recipient who is gone for good does not
 * bring an alert every hour forever.
 *
 * <p>The caller keeps the count of failures running, on the pairing ({@link DueTime#failures}),
 * so that every node backs off alike and a restart does not start the count again.
 */
public final class Backoff {

    private static final Duration FIRST_AT_MOST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private final int maxAttempts;

    public Backoff(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * One more failure after {@code failuresRunning}: how many are running now and how long to
     * wait before the next attempt. When the attempts are used up there is no wait and the count
     * starts over at 0.
     */
    public Retry failed(int failuresRunning, Duration cadence) {
        Objects.requireNonNull(cadence, "cadence");
        int failures = failuresRunning + 1;
        if (failures >= maxAttempts) {
            return new Retry(0, Optional.empty());
        }
        return new Retry(failures, Optional.of(delay(failures, cadence)));
    }

    /** The failures running after a failed attempt, and the wait before the next one (empty: none before the next regular time). */
    public record Retry(int failuresRunning, Optional<Duration> after) {
        public Retry {
            Objects.requireNonNull(after, "after");
        }
    }

    static Duration delay(int failures, Duration cadence) {
        Duration first = min(cadence.dividedBy(4), FIRST_AT_MOST);
        Duration cap = min(cadence, LONGEST);
        Duration delay = first.multipliedBy(1L << Math.min(failures - 1, 20));
        Duration bounded = min(delay, cap);
        return bounded.isZero() ? Duration.ofSeconds(1) : bounded;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
