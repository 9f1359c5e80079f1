package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Microsoft's Bot Connector as far as Mentorbot uses it, on 127.0.0.1: it accepts
 * {@code POST /v3/conversations/{id}/activities[/{replyToId}]} and
 * {@code PUT} and {@code DELETE /v3/conversations/{id}/activities/{activityId}}, records every call, and answers
 * with an activity id. A test can make it refuse calls (429 and friends) to exercise retries,
 * and make every call take a while, as a distant connector does. It checks no token: a test
 * reads the {@code Authorization} each call came with.
 */
final class FakeBotConnector implements AutoCloseable {

    /**
     * One call: method, conversation, the activity id in the path (reply-to or updated), body, the status answered, and the
     * {@code Authorization} header it came with (null when none).
     */
    record Call(String method, String conversationId, String activityId, JsonNode body, int status, String answeredId,
                String authorization) {
        boolean accepted() {
            return status / 100 == 2;
        }

        String text() {
            return body.toString();
        }
    }

    /** How the fake answers a call it would otherwise accept: a status and an optional Retry-After. */
    record Refusal(int status, String retryAfter) {
    }

    static {
        // the JDK server's default (Nagle on) adds ~40 ms of delayed-ACK latency to every call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Function<Call, Refusal> refuse = call -> null;
    private volatile Duration latency = Duration.ZERO;

    static FakeBotConnector start() {
        try {
            return new FakeBotConnector();
        } catch (IOException noPort) {
            throw new IllegalStateException("the fake Bot Connector could not start", noPort);
        }
    }

    private FakeBotConnector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void refuseWhen(Function<Call, Refusal> rule) {
        this.refuse = rule;
    }

    /** Every call from now on takes at least {@code latency} before it is answered. */
    void delayEachCall(Duration latency) {
        this.latency = latency;
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Call> accepted(Predicate<Call> which) {
        return calls().stream().filter(Call::accepted).filter(which).toList();
    }

    List<Call> acceptedIn(String conversationId) {
        return accepted(c -> c.conversationId().equals(conversationId));
    }

    /** Waits (bounded) until {@code count} accepted calls match, and returns them. */
    List<Call> await(Predicate<Call> which, int count, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        List<Call> matching = accepted(which);
        while (matching.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            matching = accepted(which);
        }
        return matching;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] segments = exchange.getRequestURI().getRawPath().split("/");
            boolean activities = segments.length >= 5 && segments[1].equals("v3") && segments[2].equals("conversations")
                    && segments[4].equals("activities");
            boolean methodFits = exchange.getRequestMethod().equals("POST")
                    || (exchange.getRequestMethod().equals("PUT") && segments.length == 6)
                    || (exchange.getRequestMethod().equals("DELETE") && segments.length == 6);
            if (!activities || !methodFits) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] sent = exchange.getRequestBody().readAllBytes();
            JsonNode body = sent.length == 0 ? json.createObjectNode() : json.readTree(sent);
            pause();
            String conversation = URLDecoder.decode(segments[3], StandardCharsets.UTF_8);
            String activityId = segments.length == 6 ? URLDecoder.decode(segments[5], StandardCharsets.UTF_8) : null;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Call candidate = new Call(exchange.getRequestMethod(), conversation, activityId, body, 200, null, authorization);
            Refusal refusal = refuse.apply(candidate);
            if (refusal != null) {
                record(new Call(candidate.method(), conversation, activityId, body, refusal.status(), null, authorization));
                if (refusal.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", refusal.retryAfter());
                }
                exchange.sendResponseHeaders(refusal.status(), -1);
                return;
            }
            String id = exchange.getRequestMethod().equals("POST") ? "activity-" + ids.incrementAndGet() : activityId;
            record(new Call(candidate.method(), conversation, activityId, body, 200, id, authorization));
            byte[] answer = json.writeValueAsBytes(json.createObjectNode().put("id", id));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private void pause() {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(Call call) {
        synchronized (calls) {
            calls.add(call);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
