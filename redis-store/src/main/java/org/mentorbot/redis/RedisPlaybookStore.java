package org.mentorbot.redis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.guidance.PlaybookProgress;
import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.people.PairId;

/**
 * Playbook progress in Redis: a JSON string per pair, replaced by a compare-and-set in Lua on the
 * stored JSON, so of two nodes claiming the same step exactly one wins.
 */
public final class RedisPlaybookStore implements PlaybookStore {

    private static final LuaScript REPLACE = LuaScript.named("replace-playbook-progress");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisPlaybookStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Optional<PlaybookProgress> find(PairId pair) {
        String key = keys.playbook(pair);
        return Optional.ofNullable(redis.call("reading playbook progress", jedis -> jedis.get(key)))
                .map(value -> json.read(value, PlaybookProgress.class, key));
    }

    @Override
    public boolean replace(PlaybookProgress current, PlaybookProgress updated) {
        if (current != null && !current.pair().equals(updated.pair())) {
            throw new IllegalArgumentException("replace keeps the pair: " + current.pair() + " vs " + updated.pair());
        }
        String key = keys.playbook(updated.pair());
        String expected = current == null ? "" : json.write(current);
        Object replaced = redis.script("claiming a playbook step", REPLACE, List.of(key), List.of(expected, json.write(updated)));
        return Long.valueOf(1).equals(replaced);
    }

    @Override
    public boolean recordTiming(String timing) {
        String before = redis.call("recording the playbook's timing", jedis -> jedis.setGet(keys.playbookTiming(), timing));
        return before != null && !before.equals(timing);
    }

    @Override
    public void deleteOf(Collection<PairId> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        String[] doomed = pairs.stream().map(keys::playbook).toArray(String[]::new);
        redis.call("erasing playbook progress", jedis -> jedis.del(doomed));
    }
}
