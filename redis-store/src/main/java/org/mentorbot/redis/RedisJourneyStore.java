package org.mentorbot.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.people.PairId;

/**
 * Journeys in Redis: one JSON string per pairing — goals, meetings with their notes, milestones,
 * reflections — indexed by a set of the pairs that have one. A replacement is a compare-and-set in
 * Lua on the stored JSON, so of two partners saving at once from the same journey, one wins.
 */
public final class RedisJourneyStore implements JourneyStore {

    private static final LuaScript REPLACE = LuaScript.named("replace-journey");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisJourneyStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Journey of(PairId pair) {
        String key = keys.journey(pair);
        String stored = redis.call("reading a journey", jedis -> jedis.get(key));
        return stored == null ? Journey.empty(pair) : json.read(stored, Journey.class, key);
    }

    @Override
    public boolean replace(Journey current, Journey updated) {
        if (!current.pair().equals(updated.pair())) {
            throw new IllegalArgumentException("replace keeps the pair: " + current.pair() + " vs " + updated.pair());
        }
        String key = keys.journey(current.pair());
        String stored = redis.call("reading a journey", jedis -> jedis.get(key));
        Journey found = stored == null ? Journey.empty(current.pair()) : json.read(stored, Journey.class, key);
        if (!found.equals(current)) {
            return false;
        }
        List<String> args = List.of(stored == null ? "" : stored, json.write(updated), current.pair().value());
        return Long.valueOf(1).equals(redis.script("replacing a journey", REPLACE, List.of(key, keys.journeys()), args));
    }

    @Override
    public List<Journey> all() {
        List<String> journeyKeys = redis.call("listing journeys", jedis -> jedis.smembers(keys.journeys()))
                .stream().map(id -> keys.journey(new PairId(id))).toList();
        return redis.values("listing journeys", journeyKeys).stream()
                .map(stored -> json.read(stored, Journey.class, keys.journeys())).toList();
    }

    @Override
    public void deleteOf(Collection<PairId> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        List<String> journeyKeys = new ArrayList<>();
        pairs.forEach(pair -> journeyKeys.add(keys.journey(pair)));
        String[] ids = pairs.stream().map(PairId::value).toArray(String[]::new);
        redis.transact("deleting journeys", transaction -> {
            transaction.del(journeyKeys.toArray(String[]::new));
            transaction.srem(keys.journeys(), ids);
        });
    }
}
