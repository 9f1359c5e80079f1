package org.mentorbot.redis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.recognition.Thanks;

/**
 * Thanks, meetings, milestones and opt-ins in Redis. A thank-you is a JSON string indexed by
 * sender and recipient, stored and counted in one Lua script; its sharing is a set membership, so
 * that SADD makes the first share win. Meetings and milestones are sets: SADD answers whether
 * this was the first time, atomically.
 */
public final class RedisRecognitionStore implements RecognitionStore {

    private static final LuaScript SAVE = LuaScript.named("save-thanks");
    private static final LuaScript SHARE = LuaScript.named("share-thanks");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisRecognitionStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public void saveThanks(Thanks thanks) {
        redis.script("saving thanks", SAVE,
                List.of(keys.thanks(thanks.id()), keys.thanksFrom(thanks.from()), keys.thanksTo(thanks.to()), keys.thanksCount()),
                List.of(json.write(thanks), thanks.id()));
    }

    @Override
    public Optional<Thanks> findThanks(String id) {
        String key = keys.thanks(id);
        String stored = redis.call("reading thanks", jedis -> jedis.get(key));
        if (stored == null) {
            return Optional.empty();
        }
        Thanks thanks = json.read(stored, Thanks.class, key);
        boolean shared = redis.call("reading thanks", jedis -> jedis.sismember(keys.thanksShared(), id));
        return Optional.of(shared ? thanks.sharedNow() : thanks);
    }

    @Override
    public boolean markShared(String id) {
        Object marked = redis.script("sharing thanks", SHARE, List.of(keys.thanks(id), keys.thanksShared()), List.of(id));
        return Long.valueOf(1).equals(marked);
    }

    @Override
    public List<Thanks> thanksFrom(ParticipantId person) {
        return thanksIn(keys.thanksFrom(person));
    }

    @Override
    public List<Thanks> thanksTo(ParticipantId person) {
        return thanksIn(keys.thanksTo(person));
    }

    @Override
    public int thanksSent() {
        String count = redis.call("counting thanks", jedis -> jedis.get(keys.thanksCount()));
        return count == null ? 0 : Integer.parseInt(count);
    }

    @Override
    public boolean recordMeeting(ParticipantId mentor, String meeting) {
        List<Object> replies = redis.transact("counting a meeting", t -> {
            t.sadd(keys.meetings(mentor), meeting);
            t.sadd(keys.mentorsWithMeetings(), mentor.value());
        });
        return Long.valueOf(1).equals(replies.get(0));
    }

    @Override
    public int meetingsHeld(ParticipantId mentor) {
        return (int) (long) redis.call("counting meetings", jedis -> jedis.scard(keys.meetings(mentor)));
    }

    @Override
    public Set<ParticipantId> mentorsWithMeetings() {
        return ids(redis.call("listing mentors", jedis -> jedis.smembers(keys.mentorsWithMeetings())));
    }

    @Override
    public boolean markMilestone(ParticipantId person, String milestone) {
        return redis.call("recording a milestone", jedis -> jedis.sadd(keys.milestones(person), milestone)) == 1;
    }

    @Override
    public Set<String> milestonesOf(ParticipantId person) {
        return Set.copyOf(redis.call("reading milestones", jedis -> jedis.smembers(keys.milestones(person))));
    }

    @Override
    public void optIn(ParticipantId person, boolean on) {
        redis.call("recording a recognition choice", jedis -> on ? jedis.sadd(keys.optedIn(), person.value())
                : jedis.srem(keys.optedIn(), person.value()));
    }

    @Override
    public boolean optedIn(ParticipantId person) {
        return redis.call("reading a recognition choice", jedis -> jedis.sismember(keys.optedIn(), person.value()));
    }

    @Override
    public Set<ParticipantId> optedIn() {
        return ids(redis.call("listing recognition choices", jedis -> jedis.smembers(keys.optedIn())));
    }

    @Override
    public void forget(ParticipantId person) {
        List<Thanks> theirs = new ArrayList<>(thanksFrom(person));
        theirs.addAll(thanksTo(person));
        redis.transact("erasing recognition", t -> {
            for (Thanks thanks : theirs) {
                t.del(keys.thanks(thanks.id()));
                t.srem(keys.thanksShared(), thanks.id());
                t.srem(keys.thanksFrom(thanks.from()), thanks.id());
                t.srem(keys.thanksTo(thanks.to()), thanks.id());
            }
            t.del(keys.thanksFrom(person), keys.thanksTo(person), keys.meetings(person), keys.milestones(person));
            t.srem(keys.mentorsWithMeetings(), person.value());
            t.srem(keys.optedIn(), person.value());
        });
    }

    private List<Thanks> thanksIn(String index) {
        Set<String> ids = redis.call("listing thanks", jedis -> jedis.smembers(index));
        Set<String> shared = ids.isEmpty() ? Set.of() : redis.call("listing thanks", jedis -> jedis.smembers(keys.thanksShared()));
        List<String> stored = redis.values("reading thanks", ids.stream().map(keys::thanks).toList());
        return stored.stream().map(value -> json.read(value, Thanks.class, index))
                .map(t -> shared.contains(t.id()) ? t.sharedNow() : t).toList();
    }

    private static Set<ParticipantId> ids(Set<String> values) {
        return values.stream().map(ParticipantId::new).collect(Collectors.toCollection(HashSet::new));
    }
}
