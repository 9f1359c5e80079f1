package org.mentorbot.core.conversation;

import java.time.Duration;

/**
 * Remembers which platform events were already handled, so that a retried delivery of the
 * same event (Slack retries up to three times) changes state only once.
 */
public interface SeenEvents {

    /**
     * Records {@code eventKey} for at least {@code ttl} and answers whether this is its first
     * sighting. Atomic: of two concurrent calls with the same key exactly one gets {@code true}.
     */
    boolean firstSighting(String eventKey, Duration ttl);
}
