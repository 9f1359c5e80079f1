package org.mentorbot.redis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.people.PairId;

/**
 * Journeys in Redis: one JSON string per pairing — goals, meetings with their notes, milestones,
 * reflections — indexed by a set of the pairs that have one. A replacement is a compare-and-set in
 * Lua on the stored JSON, so of two partners saving at once from the same journey, one wins. The
 * same script that replaces a journey moves the program's journey numbers (fields
 * {@code journeys:*} of {@code V stats}, and the days-to-first-meeting hash; see {@code counters.lua}),
 * reading the pairing's introduction from its stored JSON, so {@link #stats} is one transaction.
 */
public final class RedisJourneyStore implements JourneyStore {

    private static final LuaScript REPLACE = LuaScript.named("replace-journey", RedisCounters.LIBRARY);
    private static final String[] FIELDS = {"journeys:goals", "journeys:achieved", "journeys:meetings", "journeys:minutes"};

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
        List<String> scriptKeys = List.of(key, keys.journeys(), keys.stats(), keys.firstMeetingDays(), keys.pairing(current.pair()));
        return Long.valueOf(1).equals(redis.script("replacing a journey", REPLACE, scriptKeys, args));
    }

    @Override
    public List<Journey> all() {
        List<String> journeyKeys = redis.call("listing journeys", jedis -> jedis.smembers(keys.journeys()))
                .stream().map(id -> keys.journey(new PairId(id))).toList();
        return redis.values("listing journeys", journeyKeys).stream()
                .map(stored -> json.read(stored, Journey.class, keys.journeys())).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public JourneyStats stats() {
        List<Object> replies = redis.transact("reading the journey numbers", tx -> {
            tx.hmget(keys.stats(), FIELDS);
            tx.hgetAll(keys.firstMeetingDays());
        });
        List<String> n = (List<String>) replies.get(0);
        SortedMap<Long, Integer> days = new TreeMap<>();
        ((Map<String, String>) replies.get(1)).forEach((d, pairs) -> days.put(Long.parseLong(d), Math.max(0, Integer.parseInt(pairs))));
        return new JourneyStats((int) number(n.get(0)), (int) number(n.get(1)), (int) number(n.get(2)), number(n.get(3)), days);
    }

    /** The counters' fields as {@link RedisCounters} writes them when it builds them from the records. */
    static Map<String, String> fields(JourneyStats s) {
        long[] values = {s.pairsWithGoals(), s.goalsAchieved(), s.meetingsLogged(), s.minutes()};
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            if (values[i] != 0) {
                fields.put(FIELDS[i], Long.toString(values[i]));
            }
        }
        return fields;
    }

    /** The days-to-first-meeting hash as {@link RedisCounters} writes it. */
    static Map<String, String> days(JourneyStats s) {
        Map<String, String> days = new LinkedHashMap<>();
        s.daysToFirstMeeting().forEach((d, pairs) -> days.put(Long.toString(d), Integer.toString(pairs)));
        return days;
    }

    private static long number(String stored) {
        return stored == null ? 0 : Math.max(0, Long.parseLong(stored));
    }
}
