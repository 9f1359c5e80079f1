package org.mentorbot.redis;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/**
 * Participants in Redis: one JSON string per person and a set of everyone's ids, written
 * together in one Lua script that also moves the program's counters of mentors, mentees and
 * mentees waiting.
 */
public final class RedisParticipantStore implements ParticipantStore {

    private static final LuaScript SAVE = LuaScript.named("save-participant", RedisCounters.LIBRARY);
    private static final LuaScript DELETE = LuaScript.named("delete-participant", RedisCounters.LIBRARY);

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisParticipantStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Optional<Participant> find(ParticipantId id) {
        String key = keys.participant(id);
        String stored = redis.call("reading a participant", jedis -> jedis.get(key));
        return Optional.ofNullable(stored).map(value -> json.read(value, Participant.class, key));
    }

    @Override
    public void save(Participant participant) {
        String value = json.write(participant);
        redis.script("saving a participant", SAVE, countedKeys(participant.id()), List.of(value, participant.id().value()));
    }

    @Override
    public List<Participant> all() {
        List<String> participantKeys = redis.call("listing participants", jedis -> jedis.smembers(keys.participants()))
                .stream().map(id -> keys.participant(new ParticipantId(id))).toList();
        return json.readAll(redis.values("listing participants", participantKeys), Participant.class, keys.participants());
    }

    @Override
    public boolean delete(ParticipantId id) {
        return Long.valueOf(1).equals(redis.script("deleting a participant", DELETE, countedKeys(id), List.of(id.value())));
    }

    private List<String> countedKeys(ParticipantId id) {
        return List.of(keys.participant(id), keys.participants(), keys.stats(), keys.mentored(id), keys.openPairings());
    }
}
