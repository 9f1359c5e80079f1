package org.mentorbot.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.program.DueKind;
import org.mentorbot.core.program.DueLookout;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The due-time indexes of every program asked about, looked at in one Lua script: the first entry of each sorted
 * set up to now ({@code ZRANGEBYSCORE … LIMIT 0 1}, logarithmic in the size of the set), and the programs' version
 * read in the same step. Every key is passed as a key of the script.
 */
final class RedisDueLookout implements DueLookout {

    private static final LuaScript LOOK = LuaScript.named("due-lookout");

    private final RedisAccess redis;
    private final RedisKeys keys;

    RedisDueLookout(RedisAccess redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Seen look(Instant now, List<ProgramSlug> programs) {
        List<String> scriptKeys = new ArrayList<>(1 + programs.size() * DueKind.values().length);
        scriptKeys.add(keys.programsVersion());
        for (ProgramSlug program : programs) {
            RedisKeys space = new RedisKeys(keys.prefix(), program);
            for (DueKind kind : DueKind.values()) {
                scriptKeys.add(kind.pairingIndex() == null ? space.requestsDue() : space.due(kind.pairingIndex()));
            }
        }
        List<?> seen = (List<?>) redis.script("looking for due work", LOOK, scriptKeys, List.of(Long.toString(now.toEpochMilli())));
        Map<ProgramSlug, Set<DueKind>> due = new HashMap<>();
        int at = 1;
        for (ProgramSlug program : programs) {
            Set<DueKind> kinds = EnumSet.noneOf(DueKind.class);
            for (DueKind kind : DueKind.values()) {
                if (((Long) seen.get(at++)) > 0) {
                    kinds.add(kind);
                }
            }
            due.put(program, kinds);
        }
        return new Seen(Long.parseLong((String) seen.get(0)), due);
    }
}
