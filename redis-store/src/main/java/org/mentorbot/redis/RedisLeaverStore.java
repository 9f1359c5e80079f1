package org.mentorbot.redis;

import java.util.List;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.people.ParticipantId;

/** The program's leavers in Redis: one hash, person id → Leaver as JSON; HSETNX keeps the first. */
public final class RedisLeaverStore implements LeaverStore {

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisLeaverStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public boolean record(Leaver leaver) {
        String value = json.write(leaver);
        return redis.call("recording a leaver", jedis -> jedis.hsetnx(keys.leavers(), leaver.person().value(), value)) == 1L;
    }

    @Override
    public List<Leaver> all() {
        return redis.call("reading the leavers", jedis -> jedis.hvals(keys.leavers())).stream()
                .map(value -> json.read(value, Leaver.class, keys.leavers())).toList();
    }

    @Override
    public void delete(ParticipantId person) {
        redis.call("erasing a leaver", jedis -> jedis.hdel(keys.leavers(), person.value()));
    }
}
