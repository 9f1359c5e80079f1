package org.mentorbot.core.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.conversation.SeenEvents;

/**
 * Seen event keys in memory, forgotten after their time to live. A key's expiry is checked
 * atomically when it is seen again; expired keys are swept out at most once a second, so that a
 * check on the hot path of an acknowledgement costs the same however many events were seen.
 */
public final class InMemorySeenEvents implements SeenEvents {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Instant nextSweep = Instant.MIN;

    public InMemorySeenEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstSighting(String eventKey, Duration ttl) {
        Instant now = clock.instant();
        sweep(now);
        boolean[] first = {false};
        expiries.compute(eventKey, (key, expiry) -> {
            if (expiry == null || !expiry.isAfter(now)) {
                first[0] = true;
                return now.plus(ttl);
            }
            return expiry;
        });
        return first[0];
    }

    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
    }
}
