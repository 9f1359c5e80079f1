package org.mentorbot.redis;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.SeenEvents;
import redis.clients.jedis.params.SetParams;

/**
 * Seen events as Redis keys that expire on their own: SET NX PX both records the key and tells
 * whether it was already there, in one atomic command. The key holds its sighting, named by
 * these stores and a number, so that taking a sighting back (one script: compare, then delete)
 * never deletes another node's or a later one.
 */
public final class RedisSeenEvents implements SeenEvents {

    private static final LuaScript FORGET = LuaScript.named("forget-sighting");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final String stores = UUID.randomUUID().toString();
    private final AtomicLong sightings = new AtomicLong();

    RedisSeenEvents(RedisAccess redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** As the port says; the time to live must be positive and is kept to the millisecond, rounded up. */
    @Override
    public Optional<Mark> mark(String eventKey, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("an event is remembered for a positive time, not " + ttl);
        }
        long millis = ttl.plusNanos(999_999).toMillis();
        SetParams once = SetParams.setParams().nx().px(millis);
        String sighting = stores + ":" + sightings.incrementAndGet();
        boolean first = "OK".equals(redis.call("recording an event", jedis -> jedis.set(keys.seenEvent(eventKey), sighting, once)));
        return first ? Optional.of(new Mark(eventKey, sighting)) : Optional.empty();
    }

    @Override
    public void forget(Mark mark) {
        redis.script("forgetting an event", FORGET, List.of(keys.seenEvent(mark.eventKey())), List.of(mark.sighting()));
    }
}
