package org.mentorbot.redis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Pairings in Redis: one JSON string per pairing, indexed by sets of all pairings, of the open
 * ones, and per person of the pairings they mentor and are mentored in. The rules of creation
 * are checked on those sets inside one Lua script, so two matching rounds racing for a mentor's
 * last slot cannot both win; replacement is a compare-and-set in Lua on the stored JSON.
 */
public final class RedisPairingStore implements PairingStore {

    private static final LuaScript CREATE = LuaScript.named("create-pairing", RedisCounters.LIBRARY);
    private static final LuaScript REPLACE = LuaScript.named("replace-pairing", RedisCounters.LIBRARY);
    private static final LuaScript DELETE_ALL_OF = LuaScript.named("delete-pairings-of", RedisCounters.LIBRARY);

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
        List<String> scriptKeys = List.of(keys.pairing(pairing.id()), keys.pairings(), keys.openPairings(),
                keys.mentoring(pairing.mentor()), keys.mentored(pairing.mentee()), keys.participant(pairing.mentee()),
                keys.stats());
        List<String> args = List.of(json.write(pairing), pairing.id().value(), Integer.toString(mentorCapacity),
                openFlag(pairing));
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
        List<String> scriptKeys = List.of(key, keys.openPairings(), keys.mentoring(current.mentor()),
                keys.mentored(current.mentee()), keys.mentoring(updated.mentor()), keys.mentored(updated.mentee()),
                keys.participant(current.mentee()), keys.participant(updated.mentee()), keys.stats());
        List<String> args = List.of(stored, json.write(updated), updated.id().value(), openFlag(updated));
        return Long.valueOf(1).equals(redis.script("replacing a pairing", REPLACE, scriptKeys, args));
    }

    @Override
    public void deleteAllOf(ParticipantId person) {
        List<String> scriptKeys = List.of(keys.pairings(), keys.openPairings(), keys.mentoring(person),
                keys.mentored(person), keys.stats());
        List<String> args = List.of(keys.pairingStem(), keys.mentoringStem(), keys.mentoredStem(), keys.participantStem());
        redis.script("deleting a person's pairings", DELETE_ALL_OF, scriptKeys, args);
    }

    private List<Pairing> read(String doing, Set<String> ids) {
        List<String> pairingKeys = ids.stream().map(id -> keys.pairing(new PairId(id))).toList();
        return redis.values(doing, pairingKeys).stream()
                .map(stored -> json.read(stored, Pairing.class, keys.pairings()))
                .toList();
    }

    private static String openFlag(Pairing pairing) {
        return pairing.status().isOpen() ? "1" : "0";
    }
}
