package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long to wait before trying again to deliver a nudge or poll that no platform accepted:
 * the wait doubles with each failure running, from a quarter of the pair's cadence (at most a
 * minute) up to the cadence itself (at most an hour); after {@code maxAttempts} the item is
 * skipped until its next regular time, so that a recipient who is gone for good does not
 * bring an alert every hour forever.
 *
 * <p>Failures are counted per item in memory: after a restart, or on another node, the count
 * starts again, which only makes the next retry come sooner.
 */
public final class Backoff {

    private static final Duration FIRST_AT_MOST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    private final int maxAttempts;
    private final Map<Object, Integer> failuresRunning = new ConcurrentHashMap<>();

    public Backoff(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Records one more failure for {@code item} and answers how long to wait before the next
     * attempt; empty when the attempts are used up (the count then starts over).
     */
    public Optional<Duration> failed(Object item, Duration cadence) {
        Objects.requireNonNull(item, "item");
        int failures = failuresRunning.merge(item, 1, Integer::sum);
        if (failures >= maxAttempts) {
            failuresRunning.remove(item);
            return Optional.empty();
        }
        return Optional.of(delay(failures, cadence));
    }

    /** Forgets the failures of an item that was delivered. */
    public void succeeded(Object item) {
        failuresRunning.remove(item);
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
