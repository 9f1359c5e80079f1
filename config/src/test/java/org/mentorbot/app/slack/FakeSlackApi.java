package org.mentorbot.app.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A stand-in for Slack's Web API on 127.0.0.1: answers the methods the bot calls the way Slack
 * does, records every call (and every post to a {@code response_url} under {@code /respond/}),
 * and can answer a share of calls with HTTP 429 and {@code Retry-After} like a rate-limited
 * workspace.
 */
final class FakeSlackApi implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call: the method (or {@code respond/<id>}), its form parameters or JSON body. */
    record Call(String method, Map<String, String> params, String body) {
        String param(String name) {
            return params.getOrDefault(name, "");
        }

        JsonNode json(String param) {
            try {
                return JSON.readTree(param == null ? body : params.get(param));
            } catch (IOException notJson) {
                throw new IllegalStateException("not JSON: " + (param == null ? body : params.get(param)), notJson);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String[]> users = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1_700_000_000_000L);
    private final AtomicLong answered = new AtomicLong();
    private final Map<String, Integer> uploadLengths = new ConcurrentHashMap<>();
    private final Set<String> uploaded = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> uploadedBytes = new ConcurrentHashMap<>();
    private volatile int rateLimitEvery;
    private volatile Duration slowness = Duration.ZERO;

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
    }

    /** The bytes uploaded as the file, exactly as they came (a picture is not text). */
    byte[] uploadedBytes(String fileId) {
        return uploadedBytes.getOrDefault(fileId, new byte[0]);
    }

    /** users.info answers with this name and time zone for the user. */
    void person(String userId, String displayName, String timezone) {
        users.put(userId, new String[] {displayName, timezone});
    }

    /** Every {@code n}th Web API call is answered 429 with Retry-After: 1; 0 turns it off. */
    void rateLimitEvery(int n) {
        rateLimitEvery = n;
    }

    void slowness(Duration delay) {
        slowness = delay;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls(String method, Predicate<Call> which) {
        return calls(method).stream().filter(which).toList();
    }

    void forget() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/respond/")) {
            calls.add(new Call(path.substring(1), Map.of(), body));
            send(exchange, 200, "ok", Map.of());
            return;
        }
        if (path.startsWith("/upload/")) {
            String fileId = path.substring("/upload/".length());
            Integer expected = uploadLengths.get(fileId);
            int length = raw.length;
            uploadedBytes.put(fileId, raw);
            calls.add(new Call("upload", Map.of("file", fileId), body));
            boolean fits = "POST".equals(exchange.getRequestMethod()) && expected != null && expected == length;
            if (fits) {
                uploaded.add(fileId);
            }
            send(exchange, fits ? 200 : 400, fits ? "OK - " + length : "the upload does not match its URL", Map.of());
            return;
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        int every = rateLimitEvery;
        if (every > 0 && !method.equals("auth.test") && answered.incrementAndGet() % every == 0) {
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "1"));
            return;
        }
        pause();
        Map<String, String> params = form(body);
        calls.add(new Call(method, params, body));
        send(exchange, 200, answer(method, params), Map.of());
    }

    private String answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"url\":\"https://fake.slack.test/\",\"team\":\"Fake\",\"user\":\"mentorbot\","
                    + "\"team_id\":\"T0FAKE\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> usersInfo(params.get("user"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"" + groupOf(params.get("users")) + "\"}}";
            case "chat.postMessage", "chat.update" -> "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\""
                    + ts() + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + ts() + "\"}";
            case "views.open", "views.publish", "views.update" -> "{\"ok\":true,\"view\":{\"id\":\"V" + sequence.incrementAndGet()
                    + "\",\"hash\":\"h" + sequence.incrementAndGet() + "\"}}";
            case "files.getUploadURLExternal" -> uploadUrl(params);
            case "files.completeUploadExternal" -> completeUpload(params);
            default -> "{\"ok\":true}";
        };
    }

    /** Slack's rules: a filename and a positive length are required; the URL takes exactly that many bytes. */
    private String uploadUrl(Map<String, String> params) {
        String filename = params.getOrDefault("filename", "");
        int length;
        try {
            length = Integer.parseInt(params.getOrDefault("length", ""));
        } catch (NumberFormatException missing) {
            length = 0;
        }
        if (filename.isBlank() || length <= 0) {
            return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
        }
        String fileId = "F" + sequence.incrementAndGet();
        uploadLengths.put(fileId, length);
        return "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId
                + "\",\"file_id\":\"" + fileId + "\"}";
    }

    /** Completes only files whose bytes arrived, into the conversation named by {@code channel_id}. */
    private String completeUpload(Map<String, String> params) {
        try {
            JsonNode files = JSON.readTree(params.getOrDefault("files", "[]"));
            if (!files.isArray() || files.isEmpty()) {
                return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
            }
            for (JsonNode file : files) {
                if (!uploaded.contains(file.path("id").asText())) {
                    return "{\"ok\":false,\"error\":\"file_not_found\"}";
                }
            }
            return "{\"ok\":true,\"files\":" + files + "}";
        } catch (IOException notJson) {
            return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
        }
    }

    private String usersInfo(String userId) {
        String[] known = users.getOrDefault(userId, new String[] {userId, "UTC"});
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", userId);
        user.put("name", userId.toLowerCase());
        user.put("real_name", known[0]);
        user.put("tz", known[1]);
        user.put("profile", Map.of("display_name", known[0], "real_name", known[0]));
        try {
            return JSON.writeValueAsString(Map.of("ok", true, "user", user));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A group DM id that is the same for the same people in any order. */
    static String groupOf(String users) {
        List<String> sorted = new ArrayList<>(List.of(users.split(",")));
        sorted.sort(String::compareTo);
        return sorted.size() == 1 ? "D" + sorted.get(0) : "G" + Integer.toHexString(String.join(",", sorted).hashCode()).toUpperCase();
    }

    private String ts() {
        long n = sequence.incrementAndGet();
        return (n / 1000) + "." + String.format("%06d", n % 1000);
    }

    private void pause() {
        if (!slowness.isZero()) {
            try {
                Thread.sleep(slowness.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty() || body.startsWith("{")) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
