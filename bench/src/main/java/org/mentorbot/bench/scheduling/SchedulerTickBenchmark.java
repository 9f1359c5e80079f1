package org.mentorbot.bench.scheduling;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.InParallel;
import org.mentorbot.bench.CommandCounting;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.DueWatch;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;

/**
 * What the once-a-second scheduler costs with many pairings on a real Redis: {@code pairs} active
 * pairings are written through the product's Redis stores under a key prefix of their own (deleted
 * afterwards), none of them due, and the idle tick — what the app's tick job asks every tick, one
 * look over every program's due-time indexes ({@code DueWatch}) — is timed: Redis commands per tick
 * (counted on the bot's own connections), the bot's CPU time per tick, and Redis memory per pairing.
 * For comparison it also times each kind's round of due work run with nothing due, which every tick
 * ran before the look. Then 1,000 of the pairs fall due and one round delivers their check-ins to a
 * platform that accepts at once. With at most 200,000 pairings it also times the full scan the
 * scheduler did before the indexes: every pairing read for each kind, and the playbook progress of
 * every active pair. Last, it times the start-up step that builds the indexes for the same pairings
 * as a store of schema 2.
 *
 * <p>Arguments (all optional): pairs (100000), measured idle ticks (50). Redis:
 * {@code MENTORBOT_BENCH_REDIS_URL}, else {@code MENTORBOT_TEST_REDIS_URL}, else
 * {@code redis://127.0.0.1:6379} — never the bot's {@code REDIS_URL}.
 */
public final class SchedulerTickBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final int DUE_PAIRS = 1_000;
    private static final int OLD_SCAN_UP_TO = 200_000;
    private static final Executor INLINE = Runnable::run;

    private SchedulerTickBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = arg(args, 0, 100_000);
        int ticks = arg(args, 1, 50);
        URI url = URI.create(firstSet(System.getenv("MENTORBOT_BENCH_REDIS_URL"), System.getenv("MENTORBOT_TEST_REDIS_URL"),
                "redis://127.0.0.1:6379"));
        String prefix = "mbbench:" + UUID.randomUUID() + ":";
        CommandCounting counted = CommandCounting.to(url);
        System.out.println("key prefix " + prefix + " (deleted at the end)");
        try (Jedis admin = new Jedis(BenchRedis.server(url), BenchRedis.patient()); UnifiedJedis bot = counted.client()) {
            try {
                run(pairs, ticks, prefix, counted, admin, bot, url);
            } finally {
                System.out.printf(Locale.ROOT, "cleaned up: %d keys under %s%n", BenchRedis.deleteUnder(admin, prefix), prefix);
            }
        }
    }

    private static void run(int pairs, int ticks, String prefix, CommandCounting counted, Jedis admin, UnifiedJedis bot,
                            URI url) throws Exception {
        long memoryBefore = usedMemory(admin);
        RedisStores redis = new RedisStores(bot, prefix);
        Stores stores = redis.forProgram(ProgramSlug.DEFAULT);
        DueWatch watch = watch(redis);
        long seeding = System.nanoTime();
        seed(stores.pairings(), pairs);
        long memoryAfter = usedMemory(admin);
        long indexBytes = Arrays.stream(DueIndex.values()).map(k -> prefix + "v1:due:" + indexName(k))
                .mapToLong(key -> memoryUsage(admin, key)).sum() + memoryUsage(admin, prefix + "v1:pairings:counts");
        System.out.printf(Locale.ROOT, "%,d active pairings written through the Redis stores in %.1f s%n"
                        + "Redis memory: %.0f B per pairing in all (pairing JSON, id sets, per-person sets, indexes); "
                        + "due-time indexes and counts %.0f B per pairing%n",
                pairs, (System.nanoTime() - seeding) / 1e9, (memoryAfter - memoryBefore) / (double) pairs,
                indexBytes / (double) pairs);

        ProgramFlows flows = program(stores);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        measure("idle tick (the app's tick: one look over every program's due-time indexes)", ticks, counted, cpu, () -> {
            if (!watch.dueAt(NOW).isEmpty()) {
                throw new IllegalStateException("the benchmark's pairs are not due at " + NOW);
            }
        });
        measure("each kind's round with nothing due (check-ins, feedback polls, milestones, playbook, request timeouts), "
                + "what every tick ran before the look", ticks, counted, cpu, () -> tick(flows));

        if (pairs <= OLD_SCAN_UP_TO) {
            oldScan(stores, counted, cpu);
        }
        dueTick(stores, flows, counted, Math.min(DUE_PAIRS, pairs));
        migration(admin, prefix, url);
    }

    /** Runs {@code tick} 20 times to warm up, then {@code ticks} times measured, and prints its commands and CPU time per tick. */
    private static void measure(String what, int ticks, CommandCounting counted, ThreadMXBean cpu, Runnable tick) {
        for (int i = 0; i < 20; i++) {
            tick.run();
        }
        List<Long> cpuNs = new ArrayList<>();
        List<Long> wallNs = new ArrayList<>();
        Map<String, Long> before = counted.snapshot();
        for (int i = 0; i < ticks; i++) {
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            tick.run();
            cpuNs.add(cpu.getCurrentThreadCpuTime() - cpuStart);
            wallNs.add(System.nanoTime() - wallStart);
        }
        Map<String, Long> commands = counted.since(before);
        System.out.printf(Locale.ROOT, "%s, %d ticks:%n  Redis commands per tick: %.1f %s%n  bot CPU per tick: median %.2f ms, "
                        + "max %.2f ms; wall: median %.2f ms%n",
                what, ticks, commands.get("total") / (double) ticks, perTick(commands, ticks), median(cpuNs) / 1e6,
                cpuNs.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6, median(wallNs) / 1e6);
    }

    /**
     * The app's watch over the default program, kept in {@code redis}, as the tick job asks it. Made before the
     * pairs are written, so that the program's playbook timing is recorded on no pairs (as when it was created)
     * rather than replanning every pair as the first start of a bot on an unrecorded timing does.
     */
    private static DueWatch watch(RedisStores redis) {
        redis.programs().save(Program.named(ProgramSlug.DEFAULT, "Mentoring program"));
        AtomicLong ids = new AtomicLong();
        ProgramRegistry registry = ProgramAssembly.registry(redis.programs(), redis::forProgram,
                message -> new Delivery(message.to(), Map.of()), new Admins(Set.of()), Clock.fixed(NOW, ZoneOffset.UTC),
                kind -> kind + "-" + ids.incrementAndGet(), new Copy(Locale.ENGLISH));
        registry.all().forEach(registry::flows);
        return new DueWatch(registry, redis.dueLookout());
    }

    /** The start-up step that builds the indexes and counts from the pairings of a store of schema 2, timed. */
    private static void migration(Jedis admin, String prefix, URI url) {
        List<String> derived = new ArrayList<>(Arrays.stream(DueIndex.values()).map(k -> prefix + "v1:due:" + indexName(k)).toList());
        derived.add(prefix + "v1:pairings:counts");
        admin.unlink(derived.toArray(String[]::new));
        admin.set(prefix + "schema", "2");
        try (UnifiedJedis starting = new UnifiedJedis(BenchRedis.server(url), BenchRedis.patient())) {
            long started = System.nanoTime();
            RedisStores.Schema found = new RedisStores(starting, prefix).schema();
            System.out.printf(Locale.ROOT, "start-up on the same pairings as schema 2: %s, indexes and counts built in steps "
                    + "in %.1f s (see MigrationBenchmark for the steps' times)%n", found, (System.nanoTime() - started) / 1e9);
        }
    }

    /** A round of every kind of due work of the program, as each kind's job runs it. */
    private static void tick(ProgramFlows flows) {
        flows.checkIns().sendDue(NOW, ProgramEnd.NEVER, INLINE);
        flows.feedback().sendDue(NOW, ProgramEnd.NEVER, INLINE);
        flows.journey().sendDue(NOW, ProgramEnd.NEVER, INLINE);
        flows.playbook().sendDue(NOW, ProgramEnd.NEVER, INLINE);
        flows.choice().expireDue(NOW);
    }

    /** What a tick read before the indexes: every pairing for each kind, and the playbook progress of each active pair. */
    private static void oldScan(Stores stores, CommandCounting counted, ThreadMXBean cpu) {
        Map<String, Long> before = counted.snapshot();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        int due = 0;
        for (int kind = 0; kind < 3; kind++) {
            due += (int) stores.pairings().all().stream()
                    .filter(p -> p.status() == PairingStatus.ACTIVE && !p.nextCheckInAt().isAfter(NOW)).count();
        }
        for (Pairing p : stores.pairings().all()) {
            if (p.status() == PairingStatus.ACTIVE) {
                due += stores.playbooks().find(p.id()).isPresent() ? 1 : 0;
            }
        }
        long cpuNs = cpu.getCurrentThreadCpuTime() - cpuStart;
        long wallNs = System.nanoTime() - wallStart;
        Map<String, Long> commands = counted.since(before);
        System.out.printf(Locale.ROOT, "the full scan of before, one idle tick: %,d Redis commands %s; bot CPU %.0f ms, "
                + "wall %.0f ms (%d due)%n", commands.get("total"), commands, cpuNs / 1e6, wallNs / 1e6, due);
    }

    /** {@code due} pairs fall due, with their people stored; one tick delivers their check-ins at the product's concurrency. */
    private static void dueTick(Stores stores, ProgramFlows flows, CommandCounting counted, int due) throws Exception {
        for (int i = 0; i < due; i++) {
            PairId id = new PairId("pair-" + i);
            Pairing pairing = stores.pairings().find(id).orElseThrow();
            person(stores, pairing.mentor());
            person(stores, pairing.mentee());
            stores.pairings().replace(pairing, pairing.withNextCheckInAt(NOW.minusSeconds(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            Map<String, Long> before = counted.snapshot();
            long wallStart = System.nanoTime();
            var summary = flows.checkIns().sendDue(NOW, ProgramEnd.NEVER, pool);
            long wallNs = System.nanoTime() - wallStart;
            Map<String, Long> commands = counted.since(before);
            System.out.printf(Locale.ROOT, "a tick with %d check-ins due: %d sent in %.0f ms, %,d Redis commands (%.1f per nudge)%n",
                    due, summary.sent(), wallNs / 1e6, commands.get("total"), commands.get("total") / (double) due);
        } finally {
            pool.shutdown();
        }
    }

    private static void seed(PairingStore pairings, int pairs) throws Exception {
        InParallel.each(pairs, 4, i -> {
            Pairing pairing = pairing(i);
            pairings.create(pairing, 1);
            pairings.scheduleLook(pairing.id(), DueIndex.PLAYBOOK, pairing.startedAt().plus(Duration.ofDays(14)));
        });
    }

    /** An active pair introduced a week ago, next nudged in a week, polled in three, its mid-point in two months. */
    static Pairing pairing(int i) {
        Instant started = NOW.minus(Duration.ofDays(7)).plusSeconds(i % 86_400);
        return new Pairing(new PairId("pair-" + i), new ParticipantId("slack:UMENTOR" + i), new ParticipantId("slack:UMENTEE" + i),
                PairingStatus.ACTIVE, started, 40, List.of(), Duration.ofDays(14), started.plus(Duration.ofDays(14)),
                started.plus(Duration.ofDays(30)), 0, false, null, 0, 0, started.plus(Duration.ofDays(60)), 0);
    }

    private static void person(Stores stores, ParticipantId id) {
        Profile profile = new Profile(id.value(), Role.BOTH, List.of("go"), List.of("go"), "", "", 3, ZoneId.of("UTC"),
                List.of("en"), 1, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, NOW.minus(Duration.ofDays(30))));
    }

    private static ProgramFlows program(Stores stores) {
        AtomicLong ids = new AtomicLong();
        ProgramSettings settings = new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3);
        return ProgramAssembly.program(stores, message -> new Delivery(message.to(), Map.of()), new Admins(Set.of()), settings,
                new Matcher(), kind -> kind + "-" + ids.incrementAndGet(), new Copy(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String indexName(DueIndex kind) {
        return switch (kind) {
            case CHECK_IN -> "checkin";
            case FEEDBACK -> "feedback";
            case MILESTONE -> "milestone";
            case PLAYBOOK -> "playbook";
        };
    }

    private static String perTick(Map<String, Long> commands, int ticks) {
        StringBuilder by = new StringBuilder("(");
        commands.forEach((command, n) -> {
            if (!command.equals("total")) {
                by.append(by.length() > 1 ? ", " : "").append(command).append(String.format(Locale.ROOT, " %.1f", n / (double) ticks));
            }
        });
        return by.append(")").toString();
    }

    private static long usedMemory(Jedis admin) {
        return Arrays.stream(admin.info("memory").split("\r\n")).filter(l -> l.startsWith("used_memory:"))
                .mapToLong(l -> Long.parseLong(l.substring("used_memory:".length()))).findFirst().orElseThrow();
    }

    private static long memoryUsage(Jedis admin, String key) {
        Long bytes = admin.memoryUsage(key, 0);
        return bytes == null ? 0 : bytes;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String firstSet(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow();
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
