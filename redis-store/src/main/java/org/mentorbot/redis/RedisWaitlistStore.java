package org.mentorbot.redis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.core.matching.WaitingMentee;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.people.ParticipantId;

/** The waitlist in Redis: one hash, mentee id → JSON; an update is a compare-and-set in Lua, retried. */
public final class RedisWaitlistStore implements WaitlistStore {

    private static final LuaScript REPLACE = LuaScript.named("replace-waiting");
    private static final int ATTEMPTS = 8;

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisWaitlistStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Map<ParticipantId, WaitingMentee> all() {
        Map<String, String> stored = redis.call("reading the waitlist", jedis -> jedis.hgetAll(keys.waitlist()));
        Map<ParticipantId, WaitingMentee> waiting = new LinkedHashMap<>();
        stored.forEach((id, value) -> waiting.put(new ParticipantId(id), json.read(value, WaitingMentee.class, keys.waitlist())));
        return waiting;
    }

    @Override
    public Optional<WaitingMentee> find(ParticipantId mentee) {
        return Optional.ofNullable(redis.call("reading the waitlist", jedis -> jedis.hget(keys.waitlist(), mentee.value())))
                .map(value -> json.read(value, WaitingMentee.class, keys.waitlist()));
    }

    @Override
    public void update(ParticipantId mentee, UnaryOperator<WaitingMentee> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String stored = redis.call("reading the waitlist", jedis -> jedis.hget(keys.waitlist(), mentee.value()));
            WaitingMentee updated = change.apply(stored == null ? null : json.read(stored, WaitingMentee.class, keys.waitlist()));
            Object swapped = redis.script("updating the waitlist", REPLACE, List.of(keys.waitlist()),
                    List.of(mentee.value(), stored == null ? "" : stored, updated == null ? "" : json.write(updated)));
            if (Long.valueOf(1).equals(swapped)) {
                return;
            }
        }
        throw new IllegalStateException("The waitlist entry of " + mentee + " kept changing under concurrent updates");
    }

    @Override
    public void remove(ParticipantId mentee) {
        redis.call("updating the waitlist", jedis -> jedis.hdel(keys.waitlist(), mentee.value()));
    }
}
