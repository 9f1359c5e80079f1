package org.mentorbot.bench.stats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.InParallel;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.redis.RedisStores;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@code match preview} end to end in the running bot. The roster of {@code --case preview100k}
 * (83,334 mentees and 16,666 mentors by default) is written through the product's Redis stores
 * under a key prefix of its own; the built bot jar is started against that Redis and prefix, with
 * only the playground and one organisation admin ({@code web:bench-admin}); then the admin types
 * {@code match preview} into the playground's HTTP API {@code --runs} times (3). The playground
 * answers a command in its HTTP response, so each run is timed from the request to the whole
 * reply: reading the participants from Redis, matching and rendering the preview. The first run
 * is the first preview after the bot starts. When the bot warms matching up at start
 * (by default it does for this roster's 83,334 waiting mentees; {@code --warm-up-from 0} turns it off), the first run
 * waits until its log says the warm-up is done, as an admin's first preview would come minutes
 * after a start, not seconds. The bot is stopped and the keys deleted at the end.
 *
 * <p>Options: {@code --mentees} (83334), {@code --mentors} (16666), {@code --runs} (3),
 * {@code --seed} (42), {@code --jar} (config/target/mentorbot.jar), {@code --jvm} the bot JVM's
 * options, space-separated (none: what {@code java -jar} gives), {@code --warm-up-from} the bot's
 * {@code MENTORBOT_MATCHING_WARM_UP_FROM} (not set: the bot's default, 50,000 waiting mentees).
 */
public final class PreviewBenchmark {

    private static final String ADMIN = "bench-admin";
    private static final String DONE = "Matching preview:";
    private static final Duration LONGEST = Duration.ofMinutes(5);
    private static final String WARMING = "Warming up matching:";
    private static final List<String> WARMED = List.of("Warmed up matching", "Warming up matching failed");
    /** How long after the bot is healthy its log may take to say that it warms up, before the runs start without waiting. */
    private static final Duration WARM_UP_SAID = Duration.ofSeconds(10);

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = StatsBenchmark.option(args, "--runs", 3);
        Path jar = BotMemoryBenchmark.botJar(args);
        List<String> jvm = BotMemoryBenchmark.botJvm(args);
        String warmUpFrom = BotMemoryBenchmark.text(args, "--warm-up-from", "");
        Map<String, String> settings = new HashMap<>(Map.of("MENTORBOT_ADMINS", "web:" + ADMIN));
        if (!warmUpFrom.isBlank()) {
            settings.put("MENTORBOT_MATCHING_WARM_UP_FROM", warmUpFrom);
        }
        withRoster(args, (url, prefix, stores, people) -> measure(jar, jvm, settings, url, prefix, runs));
    }

    /** What a benchmark does with the roster written under its own key prefix. */
    interface RosterUse {
        void run(URI url, String prefix, Stores stores, List<Participant> people) throws Exception;
    }

    /**
     * Writes the seeded roster ({@code --mentees}, {@code --mentors}, {@code --seed}) through the
     * product's Redis stores under a key prefix of its own, hands it to {@code use}, and deletes
     * the keys at the end, whatever happened.
     */
    static void withRoster(String[] args, RosterUse use) throws Exception {
        int mentees = StatsBenchmark.option(args, "--mentees", 83_334);
        int mentors = StatsBenchmark.option(args, "--mentors", 16_666);
        long seed = StatsBenchmark.option(args, "--seed", 42);
        URI url = BenchRedis.url();
        String prefix = "mbbench:" + UUID.randomUUID() + ":";
        System.out.println("key prefix " + prefix + " (deleted at the end); " + BenchRedis.load());
        try (UnifiedJedis redis = new UnifiedJedis(url)) {
            try {
                Stores stores = new RedisStores(redis, prefix).forProgram(ProgramSlug.DEFAULT);
                List<Participant> people = new RosterGenerator(seed).generate(mentees, mentors);
                long started = System.nanoTime();
                InParallel.each(people.size(), 8, i -> stores.participants().save(people.get(i)));
                System.out.printf(Locale.ROOT, "%,d mentees and %,d mentors written through the Redis stores in %.1f s%n", mentees,
                        mentors, (System.nanoTime() - started) / 1e9);
                use.run(url, prefix, stores, people);
            } finally {
                System.out.printf(Locale.ROOT, "cleaned up: %d keys under %s%n", BenchRedis.deleteUnder(redis, prefix), prefix);
            }
        }
    }

    private static void measure(Path jar, List<String> jvm, Map<String, String> settings, URI url, String prefix, int runs)
            throws Exception {
        int port = BotMemoryBenchmark.freePort();
        Path log = Files.createTempFile("mentorbot-preview-", ".log");
        Process bot = BotMemoryBenchmark.startBot(jar, jvm, port, url, prefix, settings, log);
        try {
            BotMemoryBenchmark.waitUntilHealthy(bot, port);
            awaitWarmUp(log);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String api = "http://127.0.0.1:" + port + "/playground/api/people/" + ADMIN;
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api + "/commands")).timeout(LONGEST)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"match preview\"}")).build(), HttpResponse.BodyHandlers.ofString());
                long done = System.nanoTime();
                int at = answer.body().indexOf(DONE);
                if (answer.statusCode() != 200 || at < 0) {
                    throw new IllegalStateException("match preview answered " + answer.statusCode() + ": "
                            + answer.body().substring(0, Math.min(500, answer.body().length())) + "; the bot's log is " + log);
                }
                System.out.printf(Locale.ROOT, "run %d: %.2f s, %,d bytes of reply, \"%s\" (%s)%n", run, (done - started) / 1e9,
                        answer.body().length(), answer.body().substring(at, answer.body().indexOf('"', at)), BenchRedis.load());
            }
        } finally {
            BotMemoryBenchmark.stopBot(bot, log);
        }
    }

    /** Waits until the bot's log says its matching warm-up ended, when it says within {@link #WARM_UP_SAID} that one began. */
    private static void awaitWarmUp(Path log) throws Exception {
        long saidBy = System.nanoTime() + WARM_UP_SAID.toNanos();
        long deadline = System.nanoTime() + LONGEST.toNanos();
        boolean warming = false;
        while (System.nanoTime() < (warming ? deadline : saidBy)) {
            List<String> lines = Files.readAllLines(log);
            warming = warming || lines.stream().anyMatch(line -> line.contains(WARMING));
            Optional<String> ended = lines.stream().flatMap(line -> WARMED.stream().filter(line::contains)
                    .map(said -> line.substring(line.indexOf(said)))).findFirst();
            if (ended.isPresent()) {
                System.out.println("the bot's warm-up: " + ended.get());
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        System.out.println(warming ? "the bot's warm-up did not end within " + LONGEST : "the bot did not warm matching up");
    }
}
