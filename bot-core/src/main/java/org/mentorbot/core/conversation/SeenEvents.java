package org.mentorbot.core.conversation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Remembers which platform events were already handled, so that a retried delivery of the
 * same event (Slack retries up to three times) changes state only once. Adapters also keep
 * here what must count once for other reasons: a repeated click, or a signed request's
 * signature, so that a captured request sent again is refused. An event whose handling failed
 * before it was acknowledged is {@linkplain #forget forgotten}, so that its next delivery runs.
 */
public interface SeenEvents {

    /**
     * Records {@code eventKey} for at least {@code ttl} and answers whether this is its first
     * sighting. Atomic: of two concurrent calls with the same key exactly one gets {@code true}.
     * Throws {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot
     * answer; then nothing was recorded.
     */
    default boolean firstSighting(String eventKey, Duration ttl) {
        return mark(eventKey, ttl).isPresent();
    }

    /**
     * As {@link #firstSighting}, and answers the mark this call made (empty when the key was
     * already seen), for the caller to {@linkplain #forget take back} when the work it stands
     * for failed.
     */
    Optional<Mark> mark(String eventKey, Duration ttl);

    /**
     * Takes back {@code mark}: its event is new again. Only that mark is removed: once it expired
     * and a later sighting marked the key again, the later mark stays. Throws
     * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot answer;
     * then the mark stays until its time to live ends.
     */
    void forget(Mark mark);

    /** One sighting of an event: its key, and what tells it from any other sighting of that key. */
    record Mark(String eventKey, String sighting) {
        public Mark {
            Objects.requireNonNull(eventKey, "eventKey");
            Objects.requireNonNull(sighting, "sighting");
            if (sighting.isBlank()) {
                throw new IllegalArgumentException("a sighting is named");
            }
        }
    }
}
