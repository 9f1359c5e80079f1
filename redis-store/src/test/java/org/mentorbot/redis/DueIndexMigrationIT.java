package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * same pairings, sets and JSON, without indexes or counts — builds them in steps, exactly as the
 * stores would have kept them, in every program's key space: also when a start stops half-way and
 * the next one carries on, when a step meets pairings again, and when two starts race.
 */
class DueIndexMigrationIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final Instant START = Instant.parse("2026-04-01T10:00:00.987654321Z");
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");
    private static final ProgramSlug ENG = new ProgramSlug("eng");
    private static final int MANY = 2_000;

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

    @Test
    void thousandsOfPairingsInTwoProgramsAreIndexedInStepsAsTheStoresKeepThem() {
        String prefix = REDIS.newPrefix();
        Map<String, String> asKept = manyAsSchemaTwo(prefix);

        RedisStores first = new RedisStores(REDIS.jedis(), prefix);

        assertThat(first.schema()).isEqualTo(RedisStores.Schema.INDEXED);
        assertThat(REDIS.jedis().get(prefix + "schema")).isEqualTo("3");
        assertThat(indexesUnder(prefix)).isEqualTo(asKept);
        assertCountsMatchRecords(first);
        assertThat(progressKeysUnder(prefix)).as("no progress or staging key is left").isEmpty();
    }

    @Test
    void theStepsBuildWhatTheOneScriptUpgradeBuilt() {
        String stepped = REDIS.newPrefix();
        String whole = REDIS.newPrefix();
        manyAsSchemaTwo(stepped);
        manyAsSchemaTwo(whole);

        new RedisStores(REDIS.jedis(), stepped);
        Object found = REDIS.jedis().eval(LuaScript.named("index-pairings-in-one-script").source(),
                List.of(whole + "schema", whole + "programs"), List.of("3", whole));

        assertThat(found).isEqualTo("indexed");
        Map<String, String> byOneScript = new TreeMap<>();
        indexesUnder(whole).forEach((key, value) -> byOneScript.put(stepped + key.substring(whole.length()), value));
        assertThat(byOneScript).as("four due-time indexes and the counts of each program").hasSize(10);
        assertThat(indexesUnder(stepped)).isEqualTo(byOneScript);
    }

    @Test
    void aStartThatStopsHalfWayLeavesSchemaTwoAndTheNextStartFinishesExactly() {
        String prefix = REDIS.newPrefix();
        Map<String, String> asKept = manyAsSchemaTwo(prefix);
        SchemaUpgrade crashing = new SchemaUpgrade(new RedisAccess(REDIS.jedis()), new RedisKeys(prefix), 200);
        SchemaUpgrade.Step step = crashing.step();
        while (step.indexed() < step.total() * 2 / 3) {
            assertThat(step.state()).isEqualTo("batch");
            step = crashing.step();
        }
        assertThat(REDIS.jedis().get(prefix + "schema")).as("half-way the data is not called schema 3").isEqualTo("2");
        assertThat(REDIS.jedis().hget(prefix + "migration", "space")).as("stopped in the second program").isEqualTo("2");

        RedisStores restarted = new RedisStores(REDIS.jedis(), prefix);

        assertThat(restarted.schema()).isEqualTo(RedisStores.Schema.INDEXED);
        assertThat(indexesUnder(prefix)).isEqualTo(asKept);
        assertCountsMatchRecords(restarted);
        assertThat(progressKeysUnder(prefix)).isEmpty();
    }

    @Test
    void pairingsMetAgainAfterAStepAreCountedOnce() {
        String prefix = REDIS.newPrefix();
        Map<String, String> asKept = manyAsSchemaTwo(prefix);
        SchemaUpgrade upgrade = new SchemaUpgrade(new RedisAccess(REDIS.jedis()), new RedisKeys(prefix), 300);
        for (int i = 0; i < 4; i++) {
            assertThat(upgrade.step().state()).isEqualTo("batch");
        }
        REDIS.jedis().hset(prefix + "migration", "cursor", "0");

        assertThat(upgrade.run()).isEqualTo("indexed");

        assertThat(indexesUnder(prefix)).isEqualTo(asKept);
        assertCountsMatchRecords(new RedisStores(REDIS.jedis(), prefix));
    }

    @Test
    void twoStartsRacingShareTheStepsAndBuildTheIndexesOnce() throws Exception {
        String prefix = REDIS.newPrefix();
        Map<String, String> asKept = manyAsSchemaTwo(prefix);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<String> node = () -> {
            SchemaUpgrade upgrade = new SchemaUpgrade(new RedisAccess(REDIS.jedis()), new RedisKeys(prefix), 50);
            together.await();
            return upgrade.run();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<String> one = nodes.submit(node);
            Future<String> other = nodes.submit(node);

            assertThat(List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS)))
                    .as("each moved it, or found it moved if the other was done before it began")
                    .contains("indexed").isSubsetOf("indexed", "3");
        } finally {
            nodes.shutdown();
        }
        RedisStores after = new RedisStores(REDIS.jedis(), prefix);
        assertThat(after.schema()).isEqualTo(RedisStores.Schema.CURRENT);
        assertThat(indexesUnder(prefix)).isEqualTo(asKept);
        assertCountsMatchRecords(after);
        assertThat(progressKeysUnder(prefix)).isEmpty();
    }

    @Test
    void twoWholeStartsRacingGiveTheSameIndexes() throws Exception {
        String prefix = REDIS.newPrefix();
        Map<String, String> asKept = manyAsSchemaTwo(prefix);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<RedisStores.Schema> node = () -> {
            together.await();
            return new RedisStores(REDIS.jedis(), prefix).schema();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<RedisStores.Schema> one = nodes.submit(node);
            Future<RedisStores.Schema> other = nodes.submit(node);

            assertThat(List.of(one.get(60, TimeUnit.SECONDS), other.get(60, TimeUnit.SECONDS)))
                    .contains(RedisStores.Schema.INDEXED)
                    .isSubsetOf(RedisStores.Schema.INDEXED, RedisStores.Schema.CURRENT);
        } finally {
            nodes.shutdown();
        }
        assertThat(indexesUnder(prefix)).isEqualTo(asKept);
        assertCountsMatchRecords(new RedisStores(REDIS.jedis(), prefix));
    }

    /**
     * {@link #MANY} pairings in the default program and as many in {@code eng}, written through the
     * stores and then taken back to schema 2; answers their indexes and counts as the stores kept them,
     * with every active pair's playbook due at once, as the upgrade builds it.
     */
    private static Map<String, String> manyAsSchemaTwo(String prefix) {
        RedisStores written = new RedisStores(REDIS.jedis(), prefix);
        REDIS.jedis().hset(prefix + "programs", Map.of("default", "{}", "eng", "{}"));
        writeMany(written.pairings());
        writeMany(written.forProgram(ENG).pairings());
        Map<String, String> asKept = indexesUnder(prefix);
        asKept.replaceAll((key, value) -> key.endsWith("due:playbook") ? value.replaceAll(",[0-9.E]+]", ",0.0]") : value);
        asSchemaTwoWroteIt(prefix);
        return asKept;
    }

    /** Active ones with and without each due time, and a share paused, stalled (paused or not) and ended. */
    private static void writeMany(PairingStore store) {
        PairingLifecycle lifecycle = new PairingLifecycle(store);
        for (int i = 0; i < MANY; i++) {
            Pairing p = new Pairing(new PairId("pair-" + i), new ParticipantId("slack:mentor-" + i / 4),
                    new ParticipantId("slack:mentee-" + i), PairingStatus.ACTIVE, START, i % 100, List.of(), Duration.ofDays(14),
                    START.plus(Duration.ofMinutes(i)), i % 2 == 0 ? null : START.plus(Duration.ofDays(30)), 0, false, null,
                    0, 0, i % 3 == 0 ? START.plus(Duration.ofHours(i)) : null, 0);
            store.create(p, 5);
            switch (i % 7) {
                case 1 -> lifecycle.pauseAllOf(p.mentee());
                case 2 -> lifecycle.update(p, q -> q.withStreak(3, true));
                case 3 -> lifecycle.endAllOf(p.mentee(), "left", START.plus(Duration.ofDays(2)));
                case 4 -> lifecycle.update(p, q -> q.withStreak(3, true)).ifPresent(q -> lifecycle.pauseAllOf(q.mentee()));
                default -> { }
            }
        }
    }

    private static void assertCountsMatchRecords(RedisStores stores) {
        for (PairingStore store : List.of(stores.pairings(), stores.forProgram(ENG).pairings())) {
            List<Pairing> all = store.all();
            assertThat(all).hasSize(MANY);
            assertThat(store.counts()).isEqualTo(PairingCounts.of(all));
        }
    }

    /** The keys the upgrade keeps while it runs: its progress, and each program's staging sets. */
    private static List<String> progressKeysUnder(String prefix) {
        List<String> kept = new ArrayList<>(List.of(prefix + "migration"));
        for (String space : List.of(prefix + "v1:", prefix + "p:eng:")) {
            List.of("paused", "ended", "stalled").forEach(set -> kept.add(space + "migrating:" + set));
        }
        return kept.stream().filter(REDIS.jedis()::exists).toList();
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
