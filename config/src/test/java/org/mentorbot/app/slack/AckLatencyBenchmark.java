package org.mentorbot.app.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.mentorbot.app.MentorbotApplication;

/**
 * Ack latency on loopback: {@code /mentor help} and a check-in button, half each, sent open-loop
 * ({@link OpenLoopLoad}) at a fixed rate over real HTTP with signed requests, to the real
 * application (its Slack Web API pointed at a fake in this JVM) and to {@link BareBoltApp}, a Bolt
 * app that only acknowledges, in the same run.
 *
 * <p>Both face the same conditions: each runs in a JVM of its own with the same options
 * ({@link AppProcess}), so one's garbage collection cannot pause the other, and this JVM only
 * sends and times requests (and plays Slack for Mentorbot's work after the ack). Load alternates
 * between them in one-second windows, in the order A B B A, so whatever else the machine does
 * weighs on both alike; a round is {@code seconds} of load for each, several rounds are run after a
 * warm-up, and each round's p50/p99 is printed with the median p99 ratio over the rounds.
 * Settings: {@code -Dbench.rate=200 -Dbench.seconds=30 -Dbench.rounds=3 -Dbench.warmup=10}.
 *
 * <pre>
 * ./mvnw -q -o -pl config -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp config/target/test-classes:config/target/classes:$(cat config/target/test-classpath.txt) org.mentorbot.app.slack.AckLatencyBenchmark
 * </pre>
 */
public final class AckLatencyBenchmark {

    private static final String SECRET = "bench-signing-secret";
    private static final String MENTOR = "UBENCHMENTOR";
    private static final String MENTEE = "UBENCHMENTEE";
    private static final List<String> NAMES = List.of("mentorbot", "bare Bolt");

    private final FakeSlackApi slack;
    private final AtomicInteger ids = new AtomicInteger();

    private AckLatencyBenchmark(FakeSlackApi slack) {
        this.slack = slack;
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmup = Integer.getInteger("bench.warmup", 10);
        try (FakeSlackApi slack = new FakeSlackApi();
             AppProcess real = AppProcess.start("mentorbot", MentorbotApplication.class, List.of(
                     "--mentorbot.slack.bot-token=xoxb-bench", "--mentorbot.slack.signing-secret=" + SECRET,
                     "--mentorbot.slack.api-url=" + slack.apiUrl(), "--mentorbot.admins=slack:UBENCHADMIN",
                     "--mentorbot.program.working-hours-only=false", "--logging.level.root=WARN"));
             AppProcess bare = AppProcess.start("bare Bolt", BareBoltApp.class, List.of(
                     "--bench.api-url=" + slack.apiUrl(), "--bench.secret=" + SECRET, "--logging.level.root=WARN"))) {
            AckLatencyBenchmark bench = new AckLatencyBenchmark(slack);
            List<SlackRequests> targets = List.of(requests(real.port()), requests(bare.port()));
            String checkIn = bench.prepareACheckIn(targets.get(0));
            System.out.printf("%d requests/s, %d s per app per round, %d rounds; JVM options %s; 2 app JVMs (pids %d, %d)%n",
                    rate, seconds, rounds, AppProcess.JVM_OPTIONS, real.pid(), bare.pid());
            OpenLoopLoad.fire(targets, NAMES, bench.plan(checkIn, rate, warmup), rate);
            List<Double> ratios = new ArrayList<>();
            List<Double> realP99 = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String loadBefore = loadAverage();
                List<OpenLoopLoad.Result> results = OpenLoopLoad.fire(targets, NAMES, bench.plan(checkIn, rate, seconds), rate);
                double ratio = results.get(0).p99() / results.get(1).p99();
                ratios.add(ratio);
                realP99.add(results.get(0).p99());
                System.out.printf("round %d (load %s -> %s): %s | %s | p99 ratio %.2f%n", round, loadBefore, loadAverage(),
                        results.get(0), results.get(1), ratio);
            }
            System.out.printf("median p99 ratio mentorbot / bare Bolt: %.2f (target <= 1.5); median mentorbot p99 %.1f ms (target <= 50)%n",
                    median(ratios), median(realP99));
        }
        System.exit(0);
    }

    /** Two people join, the admin matches and nudges them: the check-in whose button the benchmark presses. */
    private String prepareACheckIn(SlackRequests real) {
        slack.person(MENTOR, "Mentor", "Europe/Berlin");
        slack.person(MENTEE, "Mentee", "Europe/Paris");
        join(real, MENTOR, "mentor", "java");
        join(real, MENTEE, "mentee", "java");
        expectOk(real.send(command("UBENCHADMIN", "match")));
        awaitCall("conversations.open");
        expectOk(real.send(command("UBENCHADMIN", "nudge")));
        FakeSlackApi.Call prompt = awaitCall("chat.postMessage", "checkin.met");
        return SlackJourneyIT.buttonValue(prompt.json("blocks"), "checkin.met");
    }

    private void join(SlackRequests real, String user, String role, String skill) {
        Map<String, String> values = new HashMap<>(Map.of("role", role, "skills_offered", skill, "skills_wanted", skill,
                "goals", "", "department", "", "level", "3", "timezone", "UTC", "languages", "en", "capacity", "1",
                "cadence", "program"));
        values.putAll(Map.of("user_id", user, "user_name", user.toLowerCase(), "trigger_id", "t" + ids.incrementAndGet(),
                "view_id", "V" + ids.incrementAndGet(), "context", ""));
        expectOk(real.send(SlackRequests.interaction("view-submission-join.json", values)));
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("response_action\":\"errors")) {
            throw new IllegalStateException("setting up failed: HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private SlackRequests.Body command(String user, String text) {
        return SlackRequests.slashCommand(Map.of("user_id", user, "user_name", user.toLowerCase(), "text", text,
                "channel_id", "C0BENCH", "channel_name", "bench", "response_url", slack.responseUrl("c" + ids.incrementAndGet()),
                "trigger_id", "t" + ids.incrementAndGet()));
    }

    private SlackRequests.Body click(String checkIn) {
        int n = ids.incrementAndGet();
        return SlackRequests.interaction("block-actions.json", Map.of("user_id", n % 2 == 0 ? MENTOR : MENTEE, "user_name", "bench",
                "action_id", "checkin.met", "value", checkIn, "channel_id", "GBENCH", "message_ts", "1700000000." + n,
                "response_url", slack.responseUrl("a" + n), "trigger_id", "t" + n, "action_ts", "1700000000." + n));
    }

    /**
     * {@code rate} requests a second for {@code seconds} seconds to each target, alternating
     * one-second windows A B B A …, help commands and check-in clicks in turn, all signed now.
     */
    private List<OpenLoopLoad.Shot> plan(String checkIn, int rate, int seconds) {
        long now = Instant.now().getEpochSecond();
        List<OpenLoopLoad.Shot> shots = new ArrayList<>(rate * seconds * 2);
        for (int i = 0; i < rate * seconds * 2; i++) {
            int window = i / rate;
            int target = (window % 2) ^ ((window / 2) % 2);
            SlackRequests.Body body = i % 2 == 0 ? command("UBENCH" + (i % 50), "help") : click(checkIn);
            shots.add(new OpenLoopLoad.Shot(target, body, Map.of("X-Slack-Request-Timestamp", String.valueOf(now),
                    "X-Slack-Signature", SlackRequests.sign(SECRET, now, body.text()))));
        }
        return shots;
    }

    private FakeSlackApi.Call awaitCall(String method, String... containing) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (FakeSlackApi.Call call : slack.calls(method)) {
                if (List.of(containing).stream().allMatch(call.body()::contains)) {
                    return call;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException("no " + method + " call arrived at the fake Slack");
    }

    private static SlackRequests requests(int port) {
        return new SlackRequests(URI.create("http://127.0.0.1:" + port + SlackConfiguration.PATH), SECRET);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException unavailable) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
