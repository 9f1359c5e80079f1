package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The due-time indexes and pairing counts across restarts: a node that starts again on its own
 * data finds them as they were, and the first start of this version on data of schema 2 — the
 * same pairings, sets and JSON, without indexes or counts — builds them in one step, exactly as
 * the stores would have kept them, in every program's key space.
 */
class DueIndexMigrationIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final Instant START = Instant.parse("2026-04-01T10:00:00.987654321Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
    private static final ProgramSlug ENG = new ProgramSlug("eng");

    @Test
    void aRestartedNodeFindsTheIndexesAndCountsAsTheyWere() {
        String prefix = REDIS.newPrefix();
        RedisStores before = new RedisStores(REDIS.jedis(), prefix);
        writeSomeOfEveryKind(before.pairings());
        before.pairings().scheduleLook(new PairId("pair-1"), DueIndex.PLAYBOOK, START.plus(Duration.ofDays(3)));
        Map<String, String> indexes = indexesUnder(prefix);

        RedisStores after = new RedisStores(REDIS.jedis(), prefix);

        assertThat(after.schema()).isEqualTo(RedisStores.Schema.CURRENT);
        assertThat(indexesUnder(prefix)).isEqualTo(indexes);
        assertThat(after.pairings().counts()).isEqualTo(PairingCounts.of(after.pairings().all()));
        assertThat(after.pairings().dueFor(DueIndex.PLAYBOOK, START.plus(Duration.ofDays(3)), 10))
                .extracting(Pairing::id).contains(new PairId("pair-1"));
    }

    @Test
    void theFirstStartOnDataOfSchemaTwoBuildsTheIndexesAndCountsOfEveryProgramOnce() {
        String prefix = REDIS.newPrefix();
        RedisStores written = new RedisStores(REDIS.jedis(), prefix);
        REDIS.jedis().hset(prefix + "programs", Map.of("default", "{}", "eng", "{}"));
        writeSomeOfEveryKind(written.pairings());
        writeSomeOfEveryKind(written.forProgram(ENG).pairings());
        Map<String, String> asKept = indexesUnder(prefix);
        asKept.replaceAll((key, value) -> key.endsWith("due:playbook") ? value.replaceAll(",[0-9.E]+]", ",0.0]") : value);
        asSchemaTwoWroteIt(prefix);

        RedisStores first = new RedisStores(REDIS.jedis(), prefix);
        Map<String, String> built = indexesUnder(prefix);
        RedisStores second = new RedisStores(REDIS.jedis(), prefix);

        assertThat(first.schema()).isEqualTo(RedisStores.Schema.INDEXED);
        assertThat(second.schema()).isEqualTo(RedisStores.Schema.CURRENT);
        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("3");
        assertThat(built).as("built as the stores keep them, the playbook due at once").isEqualTo(asKept);
        assertThat(indexesUnder(prefix)).as("a second start changes nothing").isEqualTo(built);
        for (PairingStore store : List.of(second.pairings(), second.forProgram(ENG).pairings())) {
            List<Pairing> active = store.all().stream().filter(p -> p.status() == PairingStatus.ACTIVE).toList();
            assertThat(store.counts()).isEqualTo(PairingCounts.of(store.all()));
            assertThat(store.dueFor(DueIndex.CHECK_IN, FAR, 100)).containsExactlyInAnyOrderElementsOf(active);
            assertThat(store.dueFor(DueIndex.PLAYBOOK, Instant.EPOCH, 100)).containsExactlyInAnyOrderElementsOf(active);
            assertThat(store.dueFor(DueIndex.CHECK_IN, START.plus(Duration.ofDays(7)), 100))
                    .as("scores are the due times to the millisecond")
                    .allMatch(p -> !p.nextCheckInAt().isAfter(START.plus(Duration.ofDays(7))));
        }
    }

    /** Active, paused, stalled, ended, anonymised, in a circle, with and without each due time. */
    private static void writeSomeOfEveryKind(PairingStore store) {
        PairingLifecycle lifecycle = new PairingLifecycle(store);
        List<Pairing> made = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Pairing p = new Pairing(new PairId("pair-" + i), new ParticipantId("slack:mentor-" + (i % 3)),
                    new ParticipantId("slack:mentee-" + i), PairingStatus.ACTIVE, START, i, List.of(), Duration.ofDays(14),
                    START.plus(Duration.ofDays(i)), i % 2 == 0 ? null : START.plus(Duration.ofDays(30)), 0, false, null,
                    0, 0, i % 3 == 0 ? START.plus(Duration.ofHours(i)) : null, 0, i > 6 ? new CircleId("circle-1") : null);
            store.create(p, 5);
            made.add(p);
        }
        lifecycle.pauseAllOf(made.get(1).mentee());
        lifecycle.update(made.get(2), p -> p.withStreak(3, true));
        lifecycle.endAllOf(made.get(3).mentee(), "left", START.plus(Duration.ofDays(2)));
        lifecycle.update(made.get(4), p -> p.withoutPerson(p.mentee(), new ParticipantId("deleted:1")));
    }

    /** Takes away what schema 3 adds, leaving the keys a Mentorbot of schema 2 wrote. */
    private static void asSchemaTwoWroteIt(String prefix) {
        REDIS.keysUnder(prefix).stream().filter(k -> k.contains(":due:") || k.endsWith(":pairings:counts"))
                .forEach(k -> REDIS.jedis().del(k));
        REDIS.jedis().set(prefix + "schema", "2");
    }

    /** Every due index and count under the prefix, with its contents. */
    private static Map<String, String> indexesUnder(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String key : REDIS.keysUnder(prefix)) {
            if (key.contains(":due:")) {
                found.put(key, REDIS.jedis().zrangeWithScores(key, 0, -1).toString());
            } else if (key.endsWith(":pairings:counts")) {
                found.put(key, new TreeMap<>(REDIS.jedis().hgetAll(key)).toString());
            }
        }
        return found;
    }
}
