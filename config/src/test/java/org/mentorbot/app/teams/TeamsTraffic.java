package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends Teams-shaped activities to the app: a fixture from {@code src/test/resources/teams/},
 * re-addressed (sender, conversation, serviceUrl, a fresh activity id) through the JSON tree.
 */
final class TeamsTraffic {

    /** A Teams user with their personal chat with the bot. */
    record Person(String name, String aadObjectId, String conversationId) {
        String participantId() {
            return "teams:" + aadObjectId;
        }
    }

    private static final AtomicLong ACTIVITY_IDS = new AtomicLong(1_740_000_000_000L);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String serviceUrl;

    TeamsTraffic(int appPort, String serviceUrl) {
        this.endpoint = URI.create("http://127.0.0.1:" + appPort + "/api/messages");
        this.serviceUrl = serviceUrl;
    }

    ObjectNode fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/teams/" + name + ".json")) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException missing) {
            throw new IllegalStateException("no fixture " + name, missing);
        }
    }

    /** A file from {@code src/test/resources/teams/} as it is, for bodies that are not even JSON. */
    String raw(String file) {
        try (InputStream in = getClass().getResourceAsStream("/teams/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + file, unreadable);
        }
    }

    /** The fixture as sent by {@code person} in their personal chat. */
    ObjectNode from(Person person, String fixture) {
        ObjectNode activity = fixture(fixture);
        activity.put("id", String.valueOf(ACTIVITY_IDS.incrementAndGet()));
        activity.put("serviceUrl", serviceUrl);
        ObjectNode from = activity.putObject("from");
        from.put("id", "29:1" + person.aadObjectId());
        from.put("name", person.name());
        from.put("aadObjectId", person.aadObjectId());
        if (!activity.path("conversation").path("conversationType").asText().equals("channel")) {
            ((ObjectNode) activity.get("conversation")).put("id", person.conversationId());
        }
        return activity;
    }

    HttpResponse<String> post(ObjectNode activity) throws IOException, InterruptedException {
        return post(activity.toString(), null);
    }

    /** Posts {@code body} as it is (it need not be JSON, nor even UTF-8) without waiting for the answer. */
    CompletableFuture<HttpResponse<String>> postAsync(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
