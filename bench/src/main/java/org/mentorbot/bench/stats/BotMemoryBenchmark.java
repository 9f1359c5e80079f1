package org.mentorbot.bench.stats;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.CommandCounting;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.UnifiedJedis;

/**
 * How much memory the running bot takes with many active pairings. {@code --pairings} active
 * pairings (and two participants each, six in ten with a journey) are written through the
 * product's Redis stores under a key prefix of their own, none of them due for a while; then the
 * built bot jar is started in its own JVM against that Redis and prefix (with no platform set, so
 * only the playground, on a free port), and once {@code /actuator/health} answers its resident
 * memory (VmRSS, and the peak VmHWM) is read from {@code /proc/<pid>/status} every five seconds
 * while the scheduler ticks. Last, the JVM's own account of its heap ({@code jcmd GC.heap_info}),
 * to tell heap from the rest. The bot is stopped and the keys deleted at the end.
 *
 * <p>The bot is started {@code --starts} times (2) on the same data: the first start of a bot on
 * these pairings finds no playbook timing recorded and has every active pair's playbook looked at
 * once ({@code PlaybookFlow.replanIfChanged}), which later starts do not; so the first start shows
 * that one-off and the second the steady state.
 *
 * <p>Options: {@code --pairings} (100000), {@code --seconds} of ticking measured (60),
 * {@code --jar} (config/target/mentorbot.jar), {@code --jvm} the bot JVM's options, space-separated
 * (none: what {@code java -jar} gives). The bot gets a clean environment: only {@code PATH},
 * {@code HOME}, {@code JAVA_HOME}, {@code PORT}, {@code REDIS_URL} and {@code MENTORBOT_REDIS_KEY_PREFIX}.
 */
public final class BotMemoryBenchmark {

    private static final Duration START_UP = Duration.ofMinutes(5);

    private BotMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairings = StatsBenchmark.option(args, "--pairings", 100_000);
        int seconds = StatsBenchmark.option(args, "--seconds", 60);
        int starts = StatsBenchmark.option(args, "--starts", 2);
        Path jar = botJar(args);
        List<String> jvm = botJvm(args);
        URI url = BenchRedis.url();
        String prefix = "mbbench:" + UUID.randomUUID() + ":";
        System.out.println("key prefix " + prefix + " (deleted at the end); " + BenchRedis.load());
        CommandCounting pool = CommandCounting.to(url);
        try (UnifiedJedis redis = pool.client()) {
            try {
                RedisStores stores = new RedisStores(redis, prefix);
                System.out.printf(Locale.ROOT, "writing %,d active pairings and %,d participants through the Redis stores%n",
                        pairings, pairings * 2);
                new ProgramSeed(pairings * 2, pairings, false, Instant.now()).writeTo(stores.forProgram(ProgramSlug.DEFAULT), 8,
                        System.out);
                for (int start = 1; start <= starts; start++) {
                    System.out.printf(Locale.ROOT, "start %d of %d%n", start, starts);
                    measure(jar, jvm, url, prefix, seconds);
                    long now = System.currentTimeMillis();
                    System.out.printf(Locale.ROOT, "  playbook looks scheduled: %,d, due now: %,d%n",
                            redis.zcard(prefix + "v1:due:playbook"), redis.zcount(prefix + "v1:due:playbook", 0, now));
                }
            } finally {
                System.out.printf(Locale.ROOT, "cleaned up: %d keys under %s%n", BenchRedis.deleteUnder(redis, prefix), prefix);
            }
        }
    }

    private static void measure(Path jar, List<String> jvm, URI url, String prefix, int seconds) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("mentorbot-rss-", ".log");
        long started = System.nanoTime();
        Process bot = startBot(jar, jvm, port, url, prefix, Map.of(), log);
        try {
            waitUntilHealthy(bot, port);
            System.out.printf(Locale.ROOT, "healthy after %.1f s: %s%n", (System.nanoTime() - started) / 1e9, status(bot.pid()));
            long peakRss = 0;
            for (int t = 5; t <= seconds; t += 5) {
                TimeUnit.SECONDS.sleep(5);
                String sample = status(bot.pid());
                peakRss = Math.max(peakRss, kib(sample, "VmRSS"));
                System.out.printf(Locale.ROOT, "  +%3d s: %s (%s)%n", t, sample, BenchRedis.load());
            }
            String last = status(bot.pid());
            System.out.printf(Locale.ROOT, "after %d s of ticks: VmRSS peak %.0f MiB, VmHWM %.0f MiB (target <= 512 MiB)%n", seconds,
                    peakRss / 1024.0, kib(last, "VmHWM") / 1024.0);
            System.out.println("the JVM's heap (jcmd GC.heap_info):");
            System.out.println(jcmd(bot.pid(), "GC.heap_info").indent(2));
            System.out.println(jcmd(bot.pid(), "VM.flags").lines().filter(l -> l.contains("MaxHeapSize") || l.contains("-XX"))
                    .findFirst().orElse("").indent(2));
        } finally {
            stopBot(bot, log);
        }
    }

    /** The bot jar ({@code --jar}, default config/target/mentorbot.jar), which must have been built. */
    static Path botJar(String[] args) {
        Path jar = Path.of(text(args, "--jar", "config/target/mentorbot.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " is missing: build it with ./mvnw -o -B -q -pl config -am package -DskipTests");
        }
        return jar;
    }

    /** The bot JVM's options ({@code --jvm}, space-separated; none by default). */
    static List<String> botJvm(String[] args) {
        return Arrays.stream(text(args, "--jvm", "").split(" ")).filter(o -> !o.isBlank()).toList();
    }

    /**
     * Starts the bot jar in its own JVM on {@code port}, against the Redis at {@code url} under
     * {@code prefix}, with a clean environment but for {@code settings}; its output goes to {@code log}.
     */
    static Process startBot(Path jar, List<String> jvm, int port, URI url, String prefix, Map<String, String> settings, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> !List.of("PATH", "HOME", "JAVA_HOME", "LANG").contains(name));
        env.put("PORT", Integer.toString(port));
        env.put("REDIS_URL", url.toString());
        env.put("MENTORBOT_REDIS_KEY_PREFIX", prefix);
        env.putAll(settings);
        System.out.printf(Locale.ROOT, "starting %s on port %d (JVM options: %s), its log in %s%n", jar, port,
                jvm.isEmpty() ? "none" : String.join(" ", jvm), log);
        return builder.start();
    }

    /** Stops the bot, forcibly when it does not stop within 30 s, and prints the last lines of its log. */
    static void stopBot(Process bot, Path log) throws Exception {
        bot.destroy();
        if (!bot.waitFor(30, TimeUnit.SECONDS)) {
            bot.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        System.out.println("bot stopped, exit " + bot.exitValue() + "; its log's last lines:");
        List<String> lines = Files.readAllLines(log);
        lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(l -> System.out.println("  " + l));
    }

    static void waitUntilHealthy(Process bot, int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!bot.isAlive()) {
                throw new IllegalStateException("the bot stopped during start-up, exit " + bot.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the bot was not healthy within " + START_UP);
    }

    /** VmRSS and VmHWM of the process, as {@code /proc/<pid>/status} has them. */
    private static String status(long pid) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
        return String.join(", ", lines.stream().filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ")).toList());
    }

    private static long kib(String status, String field) {
        for (String part : status.split(", ")) {
            if (part.startsWith(field)) {
                return Long.parseLong(part.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalArgumentException(field + " not in " + status);
    }

    private static String jcmd(long pid, String what) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), what)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return out.strip();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String text(String[] args, String name, String fallback) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return args[k + 1];
            }
        }
        return fallback;
    }
}
