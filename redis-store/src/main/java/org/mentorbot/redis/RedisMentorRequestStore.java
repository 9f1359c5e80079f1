package org.mentorbot.redis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.choice.MentorRequestStore;
import org.mentorbot.core.choice.RequestId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Mentor requests in Redis: one JSON string per request, indexed per person, per mentor by the
 * seats they hold, per mentee by the one pending, and by due time in a sorted set. Holding a
 * seat reads the mentor's open pairings from the same program's pairing sets inside one Lua
 * script, so two mentees racing for a last seat cannot both hold it; resolving is a
 * compare-and-set in Lua, so a mentor's answer and the timeout cannot both win.
 */
public final class RedisMentorRequestStore implements MentorRequestStore {

    private static final LuaScript HOLD = LuaScript.named("hold-seat");
    private static final LuaScript RESOLVE = LuaScript.named("resolve-request");
    private static final LuaScript FORGET_SUGGESTED = LuaScript.named("forget-suggested");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisMentorRequestStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    /** As the port says; a request whose id is already stored is refused with an IllegalArgumentException. */
    @Override
    public HoldOutcome hold(MentorRequest request, int mentorCapacity) {
        String id = request.id().value();
        List<String> scriptKeys = List.of(keys.request(id), keys.requests(), keys.requestsOf(request.mentee()),
                keys.requestsOf(request.mentor()), keys.holdingSeats(request.mentor()), keys.pendingBy(request.mentee()),
                keys.requestsDue(), keys.mentoring(request.mentor()), keys.openPairings());
        String outcome = (String) redis.script("holding a mentor's seat", HOLD, scriptKeys,
                List.of(json.write(request), id, Integer.toString(mentorCapacity), Long.toString(request.dueAt().toEpochMilli())));
        if ("DUPLICATE_ID".equals(outcome)) {
            throw new IllegalArgumentException("a request with id " + id + " is already stored");
        }
        return HoldOutcome.valueOf(outcome);
    }

    @Override
    public Optional<MentorRequest> find(RequestId id) {
        String key = keys.request(id.value());
        return Optional.ofNullable(redis.call("reading a request", jedis -> jedis.get(key))).map(v -> json.read(v, MentorRequest.class, key));
    }

    @Override
    public List<MentorRequest> of(ParticipantId person) {
        return read("listing a person's requests", redis.call("listing a person's requests", jedis -> jedis.smembers(keys.requestsOf(person))));
    }

    @Override
    public List<MentorRequest> holdingSeats() {
        Set<String> ids = redis.call("listing held seats", jedis -> jedis.smembers(keys.requests()));
        List<MentorRequest> all = read("listing held seats", ids);
        List<String> holdingKeys = all.stream().map(r -> keys.holdingSeats(r.mentor())).distinct().toList();
        Set<String> holding = new java.util.HashSet<>();
        for (String key : holdingKeys) {
            holding.addAll(redis.call("listing held seats", jedis -> jedis.smembers(key)));
        }
        return all.stream().filter(r -> holding.contains(r.id().value())).toList();
    }

    @Override
    public boolean resolve(RequestId id, MentorRequest.Status to, Instant at) {
        if (to == MentorRequest.Status.PENDING) {
            return false;
        }
        String key = keys.request(id.value());
        String stored = redis.call("reading a request", jedis -> jedis.get(key));
        if (stored == null) {
            return false;
        }
        MentorRequest current = json.read(stored, MentorRequest.class, key);
        if (current.status() != MentorRequest.Status.PENDING) {
            return false;
        }
        List<String> scriptKeys = List.of(key, keys.holdingSeats(current.mentor()), keys.pendingBy(current.mentee()), keys.requestsDue());
        List<String> args = List.of(stored, json.write(current.resolved(to, at)), id.value(), to == MentorRequest.Status.ACCEPTED ? "0" : "1");
        return Long.valueOf(1).equals(redis.script("answering a request", RESOLVE, scriptKeys, args));
    }

    @Override
    public void release(RequestId id) {
        find(id).ifPresent(r -> redis.call("releasing a seat", jedis -> jedis.srem(keys.holdingSeats(r.mentor()), id.value())));
    }

    @Override
    public List<MentorRequest> due(Instant now, int limit) {
        List<String> ids = redis.call("finding due requests",
                jedis -> jedis.zrangeByScore(keys.requestsDue(), "-inf", Long.toString(now.toEpochMilli()), 0, limit));
        return read("finding due requests", new java.util.LinkedHashSet<>(ids)).stream()
                .filter(r -> r.status() == MentorRequest.Status.PENDING)
                .sorted(java.util.Comparator.comparing(MentorRequest::dueAt).thenComparing(r -> r.id().value())).toList();
    }

    @Override
    public void suggest(ParticipantId mentee, List<ParticipantId> mentors) {
        String value = json.write(mentors.stream().map(ParticipantId::value).toList());
        redis.call("remembering suggestions", jedis -> jedis.hset(keys.suggestions(), mentee.value(), value));
    }

    @Override
    public List<ParticipantId> suggestions(ParticipantId mentee) {
        String stored = redis.call("reading suggestions", jedis -> jedis.hget(keys.suggestions(), mentee.value()));
        if (stored == null) {
            return List.of();
        }
        return Arrays.stream(json.read(stored, String[].class, keys.suggestions())).map(ParticipantId::new).toList();
    }

    @Override
    public void deleteAllOf(ParticipantId person) {
        List<MentorRequest> theirs = of(person);
        redis.transact("deleting a person's requests", tx -> {
            for (MentorRequest r : theirs) {
                String id = r.id().value();
                tx.del(keys.request(id));
                tx.srem(keys.requests(), id);
                tx.srem(keys.requestsOf(r.mentee()), id);
                tx.srem(keys.requestsOf(r.mentor()), id);
                tx.srem(keys.holdingSeats(r.mentor()), id);
                tx.srem(keys.pendingBy(r.mentee()), id);
                tx.zrem(keys.requestsDue(), id);
            }
            tx.del(keys.requestsOf(person));
        });
        redis.script("forgetting a person's suggestions", FORGET_SUGGESTED, List.of(keys.suggestions()), List.of(person.value()));
    }

    private List<MentorRequest> read(String doing, Set<String> ids) {
        List<String> requestKeys = ids.stream().map(keys::request).toList();
        return redis.values(doing, requestKeys).stream().map(v -> json.read(v, MentorRequest.class, keys.requests())).toList();
    }
}
