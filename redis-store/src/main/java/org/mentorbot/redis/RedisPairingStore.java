package org.mentorbot.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Pairings in Redis: one JSON string per pairing, indexed by sets of all pairings, of the open
 * ones, and per person of the pairings they mentor and are mentored in; by a sorted set per
 * {@link DueIndex} of the active pairings' due times; and counted per state in a hash. The rules
 * of creation are checked on those sets inside one Lua script, so two matching rounds racing for a
 * mentor's last slot cannot both win; replacement is a compare-and-set in Lua on the stored JSON.
 * Every script that writes a pairing moves its index entries and counts with it, so they never
 * disagree with the pairings, whichever node stops when.
 */
public final class RedisPairingStore implements PairingStore {

    private static final LuaScript CREATE = LuaScript.named("create-pairing", RedisCounters.LIBRARY);
    private static final LuaScript REPLACE = LuaScript.named("replace-pairing", RedisCounters.LIBRARY);
    private static final LuaScript SCHEDULE_LOOK = LuaScript.named("schedule-look");
    private static final LuaScript SCHEDULE_LOOKS = LuaScript.named("schedule-looks");
    private static final int LOOK_BATCH = 500;

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisPairingStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    /** As the port says; a pairing whose id is already stored is refused with an IllegalArgumentException. */
    @Override
    public CreateOutcome create(Pairing pairing, int mentorCapacity) {
        List<String> scriptKeys = new ArrayList<>(List.of(keys.pairing(pairing.id()), keys.pairings(), keys.openPairings(),
                keys.mentoring(pairing.mentor()), keys.mentored(pairing.mentee())));
        scriptKeys.addAll(keys.dueIndexes());
        scriptKeys.add(keys.pairingCounts());
        scriptKeys.addAll(List.of(keys.participant(pairing.mentee()), keys.stats()));
        List<String> args = new ArrayList<>(List.of(json.write(pairing), pairing.id().value(), Integer.toString(mentorCapacity),
                openFlag(pairing)));
        args.addAll(scores(null, pairing));
        args.add(pairing.status().name());
        args.add(stalled(pairing) == 1 ? "1" : "0");
        String outcome = (String) redis.script("creating a pairing", CREATE, scriptKeys, args);
        if ("DUPLICATE_ID".equals(outcome)) {
            throw new IllegalArgumentException("a pairing with id " + pairing.id() + " is already stored");
        }
        return CreateOutcome.valueOf(outcome);
    }

    @Override
    public Optional<Pairing> find(PairId id) {
        String key = keys.pairing(id);
        return Optional.ofNullable(redis.call("reading a pairing", jedis -> jedis.get(key)))
                .map(stored -> json.read(stored, Pairing.class, key));
    }

    @Override
    public List<Pairing> all() {
        return read("listing pairings", redis.call("listing pairings", jedis -> jedis.smembers(keys.pairings())));
    }

    @Override
    public List<Pairing> open() {
        return read("listing open pairings", redis.call("listing open pairings", jedis -> jedis.smembers(keys.openPairings())));
    }

    /** One ZRANGEBYSCORE, and one MGET only when something is due. */
    @Override
    public List<Pairing> dueFor(DueIndex kind, Instant now, int skip, int limit) {
        List<String> ids = redis.call("finding due pairings",
                jedis -> jedis.zrangeByScore(keys.due(kind), "-inf", Long.toString(now.toEpochMilli()), skip, limit));
        return read("reading due pairings", ids);
    }

    @Override
    public int dueCount(DueIndex kind, Instant now) {
        return Math.toIntExact(redis.call("counting due pairings", jedis -> jedis.zcount(keys.due(kind), "-inf", Long.toString(now.toEpochMilli()))));
    }

    @Override
    public void scheduleLook(PairId id, DueIndex kind, Instant at) {
        if (kind.onPairing()) {
            throw new IllegalArgumentException(kind + " is due when the pairing says; it is not scheduled apart");
        }
        redis.script("scheduling a pairing", SCHEDULE_LOOK, List.of(keys.pairing(id), keys.due(kind)),
                List.of(id.value(), at == null ? "" : Long.toString(at.toEpochMilli())));
    }

    /** SSCAN over the open pairings, {@value #LOOK_BATCH} ids a step, and one script per step. */
    @Override
    public int scheduleLookForAllActive(DueIndex kind, Instant at) {
        if (kind.onPairing()) {
            throw new IllegalArgumentException(kind + " is due when the pairing says; it is not scheduled apart");
        }
        String score = Long.toString(at.toEpochMilli());
        ScanParams batch = new ScanParams().count(LOOK_BATCH);
        String cursor = ScanParams.SCAN_POINTER_START;
        int scheduled = 0;
        do {
            String from = cursor;
            ScanResult<String> page = redis.call("listing open pairings", jedis -> jedis.sscan(keys.openPairings(), from, batch));
            List<String> ids = page.getResult();
            if (!ids.isEmpty()) {
                List<String> scriptKeys = new ArrayList<>(ids.size() + 1);
                scriptKeys.add(keys.due(kind));
                ids.forEach(id -> scriptKeys.add(keys.pairing(new PairId(id))));
                List<String> args = new ArrayList<>(ids.size() + 1);
                args.add(score);
                args.addAll(ids);
                scheduled += ((Long) redis.script("scheduling active pairings", SCHEDULE_LOOKS, scriptKeys, args)).intValue();
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return scheduled;
    }

    /** One HGETALL. */
    @Override
    public PairingCounts counts() {
        Map<String, String> counts = redis.call("counting pairings", jedis -> jedis.hgetAll(keys.pairingCounts()));
        return new PairingCounts(count(counts, PairingStatus.ACTIVE.name()), count(counts, PairingStatus.PAUSED.name()),
                count(counts, PairingStatus.ENDED.name()), count(counts, "stalled"));
    }

    @Override
    public List<Pairing> of(ParticipantId person) {
        Set<String> ids = redis.call("listing a person's pairings",
                jedis -> jedis.sunion(keys.mentoring(person), keys.mentored(person)));
        return read("listing a person's pairings", ids);
    }

    @Override
    public boolean replace(Pairing current, Pairing updated) {
        if (!current.id().equals(updated.id())) {
            throw new IllegalArgumentException("replace keeps the pairing's id: " + current.id() + " vs " + updated.id());
        }
        String key = keys.pairing(current.id());
        String stored = redis.call("reading a pairing", jedis -> jedis.get(key));
        if (stored == null || !json.read(stored, Pairing.class, key).equals(current)) {
            return false;
        }
        List<String> scriptKeys = new ArrayList<>(List.of(key, keys.openPairings(), keys.mentoring(current.mentor()),
                keys.mentored(current.mentee()), keys.mentoring(updated.mentor()), keys.mentored(updated.mentee())));
        scriptKeys.addAll(keys.dueIndexes());
        scriptKeys.add(keys.pairingCounts());
        scriptKeys.addAll(List.of(keys.participant(current.mentee()), keys.participant(updated.mentee()), keys.stats()));
        List<String> args = new ArrayList<>(List.of(stored, json.write(updated), updated.id().value(), openFlag(updated)));
        args.addAll(scores(current, updated));
        args.addAll(List.of(current.status().name(), updated.status().name(),
                Integer.toString(stalled(updated) - stalled(current))));
        return Long.valueOf(1).equals(redis.script("replacing a pairing", REPLACE, scriptKeys, args));
    }

    private List<Pairing> read(String doing, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> pairingKeys = ids.stream().map(id -> keys.pairing(new PairId(id))).toList();
        return json.readAll(redis.values(doing, pairingKeys), Pairing.class, keys.pairings());
    }

    /** The pairing's score in each due index, in the order of {@link DueIndex}: epoch ms, '' for none, 'keep' to stay. */
    private static List<String> scores(Pairing before, Pairing pairing) {
        List<String> scores = new ArrayList<>();
        for (DueIndex kind : DueIndex.values()) {
            Instant at = kind.position(before, pairing);
            scores.add(at == null ? "" : at == DueIndex.KEEP ? "keep" : Long.toString(at.toEpochMilli()));
        }
        return scores;
    }

    private static int stalled(Pairing pairing) {
        return pairing.status().isOpen() && pairing.stalled() ? 1 : 0;
    }

    private static int count(Map<String, String> counts, String field) {
        return Integer.parseInt(counts.getOrDefault(field, "0"));
    }

    private static String openFlag(Pairing pairing) {
        return pairing.status().isOpen() ? "1" : "0";
    }
}
