package org.mentorbot.app.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Slack sends them to {@code POST /slack/events}: bodies from the payload fixtures
 * in {@code src/test/resources/slack/} (a form-encoded slash command, {@code payload=} JSON for
 * interactivity, event JSON), signed with the v0 scheme — HMAC-SHA256 of
 * {@code v0:<timestamp>:<body>} with the signing secret.
 */
final class SlackRequests {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String secret;

    SlackRequests(URI endpoint, String secret) {
        this.endpoint = endpoint;
        this.secret = secret;
    }

    /** A body and its content type, ready to sign. */
    record Body(String text, String contentType) {
    }

    static Body slashCommand(Map<String, String> values) {
        return new Body(fill(fixture("slash-command.form"), values, true).strip(), FORM);
    }

    static Body interaction(String fixture, Map<String, String> values) {
        String json = compact(fill(fixture(fixture), values, false));
        return new Body("payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8), FORM);
    }

    static Body event(Map<String, String> values) {
        return event("app-home-opened.json", values);
    }

    static Body event(String fixture, Map<String, String> values) {
        return new Body(compact(fill(fixture(fixture), values, false)), JSON);
    }

    HttpResponse<String> send(Body body) {
        return send(body, Instant.now().getEpochSecond(), Map.of());
    }

    HttpResponse<String> send(Body body, long timestamp, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        headers.put("X-Slack-Signature", sign(secret, timestamp, body.text()));
        headers.putAll(extraHeaders);
        return sendRaw(body, headers);
    }

    HttpResponse<String> sendRaw(Body body, Map<String, String> headers) {
        try {
            return sendAsync(body, headers).join();
        } catch (RuntimeException failure) {
            throw new IllegalStateException("request to " + endpoint + " failed", failure);
        }
    }

    CompletableFuture<HttpResponse<String>> sendAsync(Body body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofString(body.text()));
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Bytes as they are (invalid UTF-8, say), signed as Slack would sign them. */
    HttpResponse<String> sendBytes(byte[] body, String contentType) {
        return sendBytesAsync(body, contentType).join();
    }

    CompletableFuture<HttpResponse<String>> sendBytesAsync(byte[] body, String contentType) {
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(now)).header("X-Slack-Signature", sign(secret, now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Signed headers for a body at a moment. */
    Map<String, String> signedHeaders(Body body, long timestamp) {
        return Map.of("X-Slack-Request-Timestamp", String.valueOf(timestamp), "X-Slack-Signature", sign(secret, timestamp, body.text()));
    }

    /** JSON on one line, as Slack sends it. */
    static String compact(String json) {
        try {
            return FakeSlackApi.JSON.readTree(json).toString();
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    static String sign(String secret, long timestamp, String body) {
        return sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(body);
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String fixture(String name) {
        try (InputStream in = SlackRequests.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture slack/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Fills {@code {{name}}} placeholders, URL-encoding (forms) or JSON-escaping (JSON) each value. */
    static String fill(String template, Map<String, String> values, boolean form) {
        String out = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String v = value.getValue() == null ? "" : value.getValue();
            out = out.replace("{{" + value.getKey() + "}}", form ? URLEncoder.encode(v, StandardCharsets.UTF_8) : jsonEscape(v));
        }
        if (out.contains("{{")) {
            throw new IllegalArgumentException("unfilled placeholder in " + out.substring(out.indexOf("{{"), Math.min(out.length(), out.indexOf("{{") + 40)));
        }
        return out;
    }

    private static String jsonEscape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
