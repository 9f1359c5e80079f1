package org.mentorbot.redis;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the data under a prefix to the schema this Mentorbot reads, at start-up. A new store gets
 * the version written. Data of schema 1 or 2 gets the due-time indexes and pairing counts of
 * schema 3 built from its pairings in steps (see {@code index-pairings.lua}): each step is one Lua
 * script that indexes a bounded batch of pairings atomically and records where it stopped in
 * Redis, so Redis answers other clients between steps, a start that dies half-way leaves the
 * version at 1 or 2 for the next start to carry on from there, and two nodes starting together
 * share the steps. The version becomes 3 in the step that indexes the last pairing.
 *
 * <p>The start waits until the steps are done, logging its progress every few seconds. The batch
 * size adapts so that a step takes about {@link #TARGET_MILLIS} ms as this client measures it,
 * whatever the machine's load: fewer pairings per step when Redis is slow, more when it is fast.
 * A millisecond's pause between steps lets Redis serve what other clients sent meanwhile, so none
 * of their commands waits behind more than one step.
 */
final class SchemaUpgrade {

    /** How long one step should hold Redis, in milliseconds. */
    static final long TARGET_MILLIS = 10;
    private static final int FIRST_BATCH = 200;
    private static final int FEWEST = 50;
    private static final int MOST = 5_000;
    private static final long PAUSE_NANOS = 1_000_000;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final LuaScript STEP = LuaScript.named("index-pairings");
    private static final Logger log = LoggerFactory.getLogger(SchemaUpgrade.class);

    private final RedisAccess redis;
    private final RedisKeys keys;
    private final int fixedBatch;
    private int batch;
    private long longestNanos;
    private int steps;

    /** Steps whose batch adapts to the time a step takes. */
    SchemaUpgrade(RedisAccess redis, RedisKeys keys) {
        this(redis, keys, 0);
    }

    /** Steps of {@code batch} pairings each (the SSCAN COUNT), or adapting when it is 0. */
    SchemaUpgrade(RedisAccess redis, RedisKeys keys, int batch) {
        this.redis = redis;
        this.keys = keys;
        this.fixedBatch = batch;
        this.batch = batch > 0 ? batch : FIRST_BATCH;
    }

    /**
     * Runs steps until the data is of the current schema.
     *
     * @return {@code new}, {@code migrated} (from 1), {@code indexed} (from 2), or the version found when
     *         there was nothing to move (the current one, or a newer one the caller must refuse)
     */
    String run() {
        long started = System.nanoTime();
        long lastLog = started;
        Step step = step();
        String from = null;
        while (step.state().equals("batch")) {
            from = step.from();
            if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
                lastLog = System.nanoTime();
                log.info(String.format(Locale.ROOT, "Upgrading the Redis data under '%s' to schema %d: indexed %,d of %,d pairings",
                        keys.prefix(), RedisKeys.SCHEMA_VERSION, step.indexed(), step.total()));
            }
            LockSupport.parkNanos(PAUSE_NANOS);
            step = step();
        }
        if (from != null && step.state().equals(Integer.toString(RedisKeys.SCHEMA_VERSION))) {
            log.info("Another node finished upgrading the Redis data under '{}' to schema {}", keys.prefix(),
                    RedisKeys.SCHEMA_VERSION);
            return from.equals("1") ? "migrated" : "indexed";
        }
        if (step.state().equals("migrated") || step.state().equals("indexed")) {
            log.info(String.format(Locale.ROOT, "Upgraded the Redis data under '%s' to schema %d: indexed %,d pairings in %.1f s, "
                            + "%d steps, the longest %.1f ms", keys.prefix(), RedisKeys.SCHEMA_VERSION, step.indexed(),
                    (System.nanoTime() - started) / 1e9, steps, longestNanos / 1e6));
        }
        return step.state();
    }

    /** One step: one script call. */
    Step step() {
        List<String> scriptKeys = List.of(keys.schema(), keys.programs(), keys.migration());
        List<String> args = List.of(Integer.toString(RedisKeys.SCHEMA_VERSION), keys.prefix(), Integer.toString(batch));
        long started = System.nanoTime();
        String doing = steps == 0 ? "checking the schema version" : "upgrading the data to schema " + RedisKeys.SCHEMA_VERSION;
        Object reply = redis.script(doing, STEP, scriptKeys, args);
        long took = System.nanoTime() - started;
        steps++;
        longestNanos = Math.max(longestNanos, took);
        if (fixedBatch == 0) {
            batch = nextBatch(batch, took);
        }
        return Step.of((List<?>) reply);
    }

    /** The batch that should take about the target time, moving at most by half or double at a time. */
    static int nextBatch(int batch, long tookNanos) {
        double ratio = TARGET_MILLIS * 1e6 / Math.max(tookNanos, 1);
        int next = (int) Math.round(batch * Math.max(0.5, Math.min(2.0, ratio)));
        return Math.max(FEWEST, Math.min(MOST, next));
    }

    /** What a step answered: its state, and while batches remain the version found and the progress. */
    record Step(String state, String from, long indexed, long total) {

        static Step of(List<?> reply) {
            String state = String.valueOf(reply.get(0));
            return switch (state) {
                case "batch" -> new Step(state, String.valueOf(reply.get(1)), number(reply.get(2)), number(reply.get(3)));
                case "migrated", "indexed" -> new Step(state, null, number(reply.get(1)), number(reply.get(2)));
                default -> new Step(state, null, 0, 0);
            };
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }
}
