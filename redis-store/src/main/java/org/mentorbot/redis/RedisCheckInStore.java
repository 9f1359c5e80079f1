package org.mentorbot.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Check-ins in Redis: a hash per check-in holding the check-in as delivered and, once given,
 * its first answer. The answer is written with HSETNX inside a Lua script that also checks the
 * check-in exists, so of two presses at once exactly one answer is kept and both callers read it.
 * Every script that stores or answers check-ins moves the program's counters with it.
 */
public final class RedisCheckInStore implements CheckInStore {

    private static final LuaScript SAVE = LuaScript.named("save-check-in", RedisCounters.LIBRARY);
    private static final LuaScript ANSWER = LuaScript.named("answer-check-in", RedisCounters.LIBRARY);
    private static final String CHECK_IN = "checkin";
    private static final String ANSWER_FIELD = "answer";

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisCheckInStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void save(CheckIn checkIn) {
        String key = keys.checkIn(checkIn.id());
        String delivered = json.write(new CheckIn(checkIn.id(), checkIn.pair(), checkIn.sentAt(), null));
        String answer = checkIn.answered().map(json::write).orElse("");
        redis.script("saving a check-in", SAVE, List.of(key, keys.checkIns(), keys.checkInsOf(checkIn.pair()), keys.stats()),
                List.of(delivered, checkIn.id().value(), answer));
    }

    @Override
    public Optional<CheckIn> find(CheckInId id) {
        String key = keys.checkIn(id);
        List<String> fields = redis.call("reading a check-in", jedis -> jedis.hmget(key, CHECK_IN, ANSWER_FIELD));
        return fromFields(key, fields);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CheckIn> answer(CheckInId id, CheckIn.Answer answer) {
        String key = keys.checkIn(id);
        Object stored = redis.script("answering a check-in", ANSWER, List.of(key, keys.stats()), List.of(json.write(answer)));
        return stored == null ? Optional.empty() : fromFields(key, (List<String>) stored);
    }

    @Override
    public List<CheckIn> all() {
        return read(redis.call("listing check-ins", jedis -> jedis.smembers(keys.checkIns())));
    }

    /** The pair's check-ins, through its index set: no walk over every check-in. */
    @Override
    public List<CheckIn> of(PairId pair) {
        return read(redis.call("listing a pair's check-ins", jedis -> jedis.smembers(keys.checkInsOf(pair))));
    }

    private List<CheckIn> read(Set<String> ids) {
        List<String> checkInKeys = ids.stream().map(id -> keys.checkIn(new CheckInId(id))).toList();
        List<List<String>> stored = redis.eachOf("listing check-ins", checkInKeys,
                (pipeline, key) -> pipeline.hmget(key, CHECK_IN, ANSWER_FIELD));
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            fromFields(checkInKeys.get(i), stored.get(i)).ifPresent(checkIns::add);
        }
        return checkIns;
    }

    /** As the port says; an answer is written once and never changes otherwise, so it is rewritten in place. */
    @Override
    public void reattribute(Collection<PairId> pairs, ParticipantId from, ParticipantId to) {
        List<CheckIn> answeredByThem = new ArrayList<>();
        pairs.forEach(pair -> of(pair).stream()
                .filter(c -> c.answered().map(a -> a.by().equals(from)).orElse(false))
                .forEach(answeredByThem::add));
        if (answeredByThem.isEmpty()) {
            return;
        }
        redis.transact("reattributing check-in answers", transaction -> answeredByThem.forEach(c -> transaction.hset(
                keys.checkIn(c.id()), ANSWER_FIELD, json.write(new CheckIn.Answer(c.answer().outcome(), to, c.answer().at())))));
    }

    private Optional<CheckIn> fromFields(String key, List<String> fields) {
        if (fields.get(0) == null) {
            return Optional.empty();
        }
        CheckIn delivered = json.read(fields.get(0), CheckIn.class, key);
        CheckIn.Answer answer = fields.get(1) == null ? null : json.read(fields.get(1), CheckIn.Answer.class, key);
        return Optional.of(new CheckIn(delivered.id(), delivered.pair(), delivered.sentAt(), answer));
    }
}
