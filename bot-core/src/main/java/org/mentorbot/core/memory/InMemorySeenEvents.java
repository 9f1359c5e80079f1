package org.mentorbot.core.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.SeenEvents;

/**
 * Seen event keys in memory, forgotten after their time to live. A key's expiry is checked
 * atomically when it is seen again; expired keys are swept out at most once a second, so that a
 * check on the hot path of an acknowledgement costs the same however many events were seen.
 * Each sighting is numbered, so that taking one back leaves a later one of the same key alone.
 */
public final class InMemorySeenEvents implements SeenEvents {

    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private record Sighting(String number, Instant expiry) {
    }

    private final Map<String, Sighting> sightings = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();
    private final Clock clock;
    private volatile Instant nextSweep = Instant.MIN;

    public InMemorySeenEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Mark> mark(String eventKey, Duration ttl) {
        Instant now = clock.instant();
        sweep(now);
        Sighting[] made = {null};
        sightings.compute(eventKey, (key, sighting) -> {
            if (sighting == null || !sighting.expiry().isAfter(now)) {
                made[0] = new Sighting(Long.toString(numbers.incrementAndGet()), now.plus(ttl));
                return made[0];
            }
            return sighting;
        });
        return Optional.ofNullable(made[0]).map(sighting -> new Mark(eventKey, sighting.number()));
    }

    @Override
    public void forget(Mark mark) {
        sightings.computeIfPresent(mark.eventKey(), (key, sighting) -> sighting.number().equals(mark.sighting()) ? null : sighting);
    }

    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        sightings.values().removeIf(sighting -> !sighting.expiry().isAfter(now));
    }
}
