package org.mentorbot.app.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.mentorbot.app.MentorbotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ack latency on loopback: {@code /mentor help} and a check-in button, half each, sent open-loop
 * at a fixed rate to the real application (Slack Web API pointed at a fake) and to a bare Bolt
 * app that only acknowledges, served by the same servlet on Tomcat, in the same run (alternating
 * one-second windows). Prints
 * p50/p99 for both. Settings: {@code -Dbench.rate=200 -Dbench.seconds=30 -Dbench.warmup=10}.
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

    private final FakeSlackApi slack;
    private final AtomicInteger ids = new AtomicInteger();

    private AckLatencyBenchmark(FakeSlackApi slack) {
        this.slack = slack;
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        try (FakeSlackApi slack = new FakeSlackApi()) {
            AckLatencyBenchmark bench = new AckLatencyBenchmark(slack);
            ConfigurableApplicationContext real = bench.startRealApp();
            Tomcat bare = bench.startBareBolt();
            try {
                SlackRequests toReal = requests(((WebServerApplicationContext) real).getWebServer().getPort());
                SlackRequests toBare = requests(bare.getConnector().getLocalPort());
                String checkIn = bench.prepareACheckIn(toReal);
                bench.run(toReal, toBare, checkIn, rate, warmup);
                List<Result> results = bench.run(toReal, toBare, checkIn, rate, seconds);
                Result realResult = results.get(0);
                Result bareResult = results.get(1);
                System.out.println(realResult);
                System.out.println(bareResult);
                System.out.printf("p99 ratio mentorbot / bare Bolt: %.2f (target <= 1.5); mentorbot p99 %.1f ms (target <= 50)%n",
                        realResult.p99() / bareResult.p99(), realResult.p99());
            } finally {
                bare.stop();
                real.close();
            }
        }
        System.exit(0);
    }

    private ConfigurableApplicationContext startRealApp() {
        return new SpringApplicationBuilder(MentorbotApplication.class).run(
                "--server.port=0",
                "--mentorbot.slack.bot-token=xoxb-bench",
                "--mentorbot.slack.signing-secret=" + SECRET,
                "--mentorbot.slack.api-url=" + slack.apiUrl(),
                "--mentorbot.admins=slack:UBENCHADMIN",
                "--mentorbot.program.working-hours-only=false",
                "--logging.level.root=WARN");
    }

    private Tomcat startBareBolt() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-bare")
                .signingSecret(SECRET).build());
        app.command("/mentor", (req, ctx) -> ctx.ack());
        app.blockAction("checkin.met", (req, ctx) -> ctx.ack());
        app.start();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bare-bolt").toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", new SlackAppServlet(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.start();
        return tomcat;
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
     * Sends {@code rate} requests a second for {@code seconds} seconds to each target, alternating
     * one-second windows between them, so that whatever else the machine is doing weighs on both alike.
     */
    private List<Result> run(SlackRequests real, SlackRequests bare, String checkIn, int rate, int seconds) {
        long interval = 1_000_000_000L / rate;
        List<ConcurrentLinkedQueue<Long>> latencies = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        List<AtomicInteger> failures = List.of(new AtomicInteger(), new AtomicInteger());
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds * 2; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            int which = (i / rate) % 2;
            SlackRequests target = which == 0 ? real : bare;
            SlackRequests.Body body = i % 2 == 0 ? command("UBENCH" + (i % 50), "help") : click(checkIn);
            long sent = System.nanoTime();
            inFlight.add(target.sendAsync(body, target.signedHeaders(body, Instant.now().getEpochSecond()))
                    .whenComplete((response, failure) -> record(sent, response, failure, latencies.get(which), failures.get(which))));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return List.of(Result.of("mentorbot", new ArrayList<>(latencies.get(0)), failures.get(0).get(), took),
                Result.of("bare Bolt", new ArrayList<>(latencies.get(1)), failures.get(1).get(), took));
    }

    private static void record(long sent, HttpResponse<String> response, Throwable failure, ConcurrentLinkedQueue<Long> latencies,
                               AtomicInteger failures) {
        if (failure != null || response.statusCode() != 200) {
            failures.incrementAndGet();
        } else {
            latencies.add(System.nanoTime() - sent);
        }
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
        return new SlackRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
    }

    record Result(String name, int requests, int failures, double p50, double p99, double max, Duration took) {
        static Result of(String name, List<Long> nanos, int failures, Duration took) {
            Collections.sort(nanos);
            return new Result(name, nanos.size(), failures, millis(nanos, 0.50), millis(nanos, 0.99),
                    nanos.isEmpty() ? 0 : nanos.get(nanos.size() - 1) / 1e6, took);
        }

        private static double millis(List<Long> sorted, double quantile) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%-10s %6d ok, %d failed (run of %5.1f s): p50 %6.2f ms, p99 %6.2f ms, max %7.2f ms",
                    name, requests, failures, took.toMillis() / 1000.0, p50, p99, max);
        }
    }
}
