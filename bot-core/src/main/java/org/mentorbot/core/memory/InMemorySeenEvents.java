package org.mentorbot.core.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.conversation.SeenEvents;

/** Seen event keys in memory, forgotten after their time to live. */
public final class InMemorySeenEvents implements SeenEvents {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySeenEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean firstSighting(String eventKey, Duration ttl) {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> expiry.isBefore(now));
        return expiries.putIfAbsent(eventKey, now.plus(ttl)) == null;
    }
}
