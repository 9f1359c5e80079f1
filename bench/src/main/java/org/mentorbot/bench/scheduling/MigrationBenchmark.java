package org.mentorbot.bench.scheduling;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.InParallel;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Slowlog;

/**
 * What the start-up upgrade from schema 2 to 3 costs, and what other clients of Redis feel while it
 * runs: {@code pairs} active pairings are written through the product's Redis stores under a key
 * prefix of their own (deleted afterwards), taken back to schema 2 (no due-time indexes, no counts),
 * and a fresh {@link RedisStores} is started on them. Meanwhile another client sends a PING every
 * millisecond and times each answer (and for 3 s before, to compare), and Redis's slow log is read
 * for the upgrade's script calls that took longer than its threshold ({@code slowlog-log-slower-than},
 * 10 ms by default), which gives Redis's own time for each of those calls.
 *
 * <p>Arguments (all optional): pairs (100000). Redis: {@code MENTORBOT_BENCH_REDIS_URL}, else
 * {@code MENTORBOT_TEST_REDIS_URL}, else {@code redis://127.0.0.1:6379} — never the bot's {@code REDIS_URL}.
 */
public final class MigrationBenchmark {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        URI url = URI.create(Arrays.stream(new String[] {System.getenv("MENTORBOT_BENCH_REDIS_URL"),
                System.getenv("MENTORBOT_TEST_REDIS_URL"), "redis://127.0.0.1:6379"})
                .filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow());
        String prefix = "mbbench:" + UUID.randomUUID() + ":";
        System.out.println("key prefix " + prefix + " (deleted at the end)");
        try (Jedis admin = new Jedis(BenchRedis.server(url), BenchRedis.patient())) {
            try {
                run(pairs, prefix, url, admin);
            } finally {
                System.out.printf(Locale.ROOT, "cleaned up: %d keys under %s%n", BenchRedis.deleteUnder(admin, prefix), prefix);
            }
        }
    }

    private static void run(int pairs, String prefix, URI url, Jedis admin) throws Exception {
        try (UnifiedJedis writer = new UnifiedJedis(BenchRedis.server(url), BenchRedis.patient())) {
            long seeding = System.nanoTime();
            seed(new RedisStores(writer, prefix).forProgram(ProgramSlug.DEFAULT).pairings(), pairs);
            System.out.printf(Locale.ROOT, "%,d active pairings written through the Redis stores in %.1f s%n", pairs,
                    (System.nanoTime() - seeding) / 1e9);
        }
        admin.unlink(prefix + "v1:due:checkin", prefix + "v1:due:feedback", prefix + "v1:due:milestone",
                prefix + "v1:due:playbook", prefix + "v1:pairings:counts");
        admin.set(prefix + "schema", "2");

        Prober idle = new Prober(url, prefix);
        Thread idleProbing = new Thread(idle, "ping-prober-idle");
        idleProbing.start();
        Thread.sleep(3_000);
        idle.stop();
        idleProbing.join();
        System.out.printf(Locale.ROOT, "a client's PING before the upgrade, %,d sent: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                idle.latencies.size(), percentile(idle.latencies, 0.5), percentile(idle.latencies, 0.99),
                percentile(idle.latencies, 1.0));

        Prober prober = new Prober(url, prefix);
        Thread probing = new Thread(prober, "ping-prober");
        probing.start();
        long started = System.nanoTime();
        RedisStores.Schema found;
        try (UnifiedJedis starting = new UnifiedJedis(BenchRedis.server(url), DefaultJedisClientConfig.builder().socketTimeoutMillis(2000).build())) {
            found = new RedisStores(starting, prefix).schema();
        } finally {
            prober.stop();
            probing.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "start-up on %,d pairings of schema 2: %s in %.1f s (with the bot's 2 s Redis timeout)%n",
                pairs, found, seconds);
        System.out.printf(Locale.ROOT, "another client's PING meanwhile, %,d sent: median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                prober.latencies.size(), percentile(prober.latencies, 0.5), percentile(prober.latencies, 0.99),
                percentile(prober.latencies, 1.0));
        System.out.printf(Locale.ROOT, "upgrade steps in Redis's slow log (over its %s µs threshold): %d, the longest %.1f ms%n",
                admin.configGet("slowlog-log-slower-than").values().iterator().next(), prober.slowSteps.size(),
                prober.slowSteps.values().stream().mapToLong(Long::longValue).max().orElse(0) / 1e3);
    }

    /** Times a PING every millisecond, and collects the upgrade's script calls from the slow log, until stopped. */
    private static final class Prober implements Runnable {

        private final URI url;
        private final String prefix;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> latencies = new ArrayList<>();
        private final Map<Long, Long> slowSteps = new TreeMap<>();

        Prober(URI url, String prefix) {
            this.url = url;
            this.prefix = prefix;
        }

        void stop() {
            running.set(false);
        }

        @Override
        public void run() {
            try (Jedis jedis = new Jedis(BenchRedis.server(url), BenchRedis.patient())) {
                long lastSlowlog = 0;
                while (running.get()) {
                    long sent = System.nanoTime();
                    jedis.ping();
                    latencies.add(System.nanoTime() - sent);
                    if (sent - lastSlowlog > 200_000_000L) {
                        lastSlowlog = sent;
                        readSlowlog(jedis);
                    }
                    Thread.sleep(1);
                }
                readSlowlog(jedis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void readSlowlog(Jedis jedis) {
            for (Slowlog entry : jedis.slowlogGet(128)) {
                if (entry.getArgs().size() > 1 && entry.getArgs().get(0).toLowerCase(Locale.ROOT).startsWith("eval")
                        && entry.getArgs().stream().anyMatch(arg -> arg.startsWith(prefix))) {
                    slowSteps.put(entry.getId(), entry.getExecutionTime());
                }
            }
        }
    }

    private static void seed(PairingStore pairings, int pairs) throws Exception {
        InParallel.each(pairs, 4, i -> pairings.create(SchedulerTickBenchmark.pairing(i), 1));
    }


    private static double percentile(List<Long> nanos, double share) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size()))) / 1e6;
    }

}
