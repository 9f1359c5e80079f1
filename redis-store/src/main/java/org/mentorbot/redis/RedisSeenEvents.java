package org.mentorbot.redis;

import java.time.Duration;
import org.mentorbot.core.conversation.SeenEvents;
import redis.clients.jedis.params.SetParams;

/**
 * Seen events as Redis keys that expire on their own: SET NX PX both records the key and tells
 * whether it was already there, in one atomic command.
 */
public final class RedisSeenEvents implements SeenEvents {

    private final RedisAccess redis;
    private final RedisKeys keys;

    RedisSeenEvents(RedisAccess redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** As the port says; the time to live must be positive and is kept to the millisecond, rounded up. */
    @Override
    public boolean firstSighting(String eventKey, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("an event is remembered for a positive time, not " + ttl);
        }
        long millis = ttl.plusNanos(999_999).toMillis();
        SetParams once = SetParams.setParams().nx().px(millis);
        return "OK".equals(redis.call("recording an event", jedis -> jedis.set(keys.seenEvent(eventKey), "1", once)));
    }
}
