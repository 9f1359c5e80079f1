package org.mentorbot.redis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/**
 * The programs in one Redis hash, slug → JSON: a few entries, read whole. A save that changes a program
 * also counts up {@code P programs:version} in the same Lua script, so nodes that keep the programs can
 * tell with one GET whether any changed, and a start that applies the same programs again changes nothing.
 */
final class RedisProgramStore implements ProgramStore {

    private static final LuaScript SAVE = LuaScript.named("save-program");

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final RedisJson json;

    RedisProgramStore(RedisAccess redis, RedisKeys keys, RedisJson json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public List<Program> all() {
        Map<String, String> stored = redis.call("reading the programs", jedis -> jedis.hgetAll(keys.programs()));
        return stored.values().stream().map(v -> json.read(v, Program.class, keys.programs()))
                .sorted(Comparator.comparing(p -> p.slug().value())).toList();
    }

    @Override
    public Optional<Program> find(ProgramSlug slug) {
        String stored = redis.call("reading program " + slug, jedis -> jedis.hget(keys.programs(), slug.value()));
        return Optional.ofNullable(stored).map(v -> json.read(v, Program.class, keys.programs()));
    }

    @Override
    public void save(Program program) {
        String value = json.write(program);
        redis.script("saving program " + program.slug(), SAVE, List.of(keys.programs(), keys.programsVersion()),
                List.of(program.slug().value(), value));
    }

    @Override
    public long version() {
        String stored = redis.call("reading the programs' version", jedis -> jedis.get(keys.programsVersion()));
        return stored == null ? 0 : Long.parseLong(stored);
    }
}
