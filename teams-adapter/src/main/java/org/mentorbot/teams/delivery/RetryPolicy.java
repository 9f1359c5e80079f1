package org.mentorbot.teams.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying a failed send again: what the Bot Connector asked for in
 * {@code Retry-After} (up to {@code maxWait}), otherwise exponential backoff from
 * {@code baseBackoff} with jitter, never more than {@code maxWait}. After {@code maxAttempts}
 * attempts the send has finally failed.
 */
public record RetryPolicy(int maxAttempts, Duration baseBackoff, Duration maxWait) {

    public static final RetryPolicy TEAMS_DEFAULT = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a send needs at least one attempt");
        }
        Objects.requireNonNull(baseBackoff, "baseBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
        if (baseBackoff.isNegative() || maxWait.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be non-negative and at most maxWait");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration waitAfter(int attempt, ConnectorFailure failure, RandomGenerator random) {
        if (failure.retryAfter().isPresent()) {
            return min(failure.retryAfter().get(), maxWait);
        }
        long ceiling = min(baseBackoff.multipliedBy(1L << Math.min(attempt - 1, 20)), maxWait).toNanos();
        long jittered = ceiling / 2 + (ceiling <= 1 ? 0 : random.nextLong(ceiling / 2 + 1));
        return Duration.ofNanos(jittered);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
