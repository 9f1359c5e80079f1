package org.mentorbot.app.mixed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's Web API and Microsoft's Bot Connector on one loopback port, answering just enough for
 * the bot to deliver messages on both platforms, and recording every call.
 */
final class FakePlatforms implements AutoCloseable {

    /** One call: the path and its body (form-encoded for Slack, JSON for the Bot Connector). */
    record Call(String path, String body) {
        Map<String, String> form() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return values;
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong(1_700_000_000L);

    FakePlatforms() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String slackApiUrl() {
        return base() + "/api/";
    }

    String serviceUrl() {
        return base() + "/";
    }

    List<Call> calls(String pathPrefix) {
        return calls.stream().filter(c -> c.path().startsWith(pathPrefix)).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(path, body));
        long n = sequence.incrementAndGet();
        String answer = path.startsWith("/v3/") ? "{\"id\":\"activity-" + n + "\"}" : slack(path, new Call(path, body), n);
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String slack(String path, Call call, long n) {
        return switch (path) {
            case "/api/auth.test" -> "{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"bot_id\":\"B1\",\"url\":\"https://example.slack.com/\"}";
            case "/api/users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + call.form().get("user")
                    + "\",\"name\":\"maya\",\"real_name\":\"Maya\",\"tz\":\"Europe/Berlin\",\"profile\":{\"display_name\":\"Maya\"}}}";
            case "/api/conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.form().get("users").replace(",", "") + "\"}}";
            case "/api/chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + call.form().get("channel") + "\",\"ts\":\"" + n + ".000100\"}";
            default -> "{\"ok\":true}";
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
