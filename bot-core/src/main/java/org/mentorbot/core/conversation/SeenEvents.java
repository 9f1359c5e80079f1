package org.mentorbot.core.conversation;

import java.time.Duration;

/**
 * Remembers which platform events were already handled, so that a retried delivery of the
 * same event (Slack retries up to three times) changes state only once. Adapters also keep
 * here what must count once for other reasons: a repeated click, or a signed request's
 * signature, so that a captured request sent again is refused.
 */
public interface SeenEvents {

    /**
     * Records {@code eventKey} for at least {@code ttl} and answers whether this is its first
     * sighting. Atomic: of two concurrent calls with the same key exactly one gets {@code true}.
     * Throws {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot
     * answer; then nothing was recorded.
     */
    boolean firstSighting(String eventKey, Duration ttl);
}
