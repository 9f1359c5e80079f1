package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mentorbot.web.PlaygroundGate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The playground switched on next to Slack: it runs only behind its token, which every request
 * must carry (header, or the cookie that visiting {@code /?token=} sets); and no admin seat can
 * be had by choosing a name — {@code web:alice} in MENTORBOT_ADMINS is an admin by id, and
 * someone who calls themselves Alice is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.slack.bot-token=xoxb-beside",
        "mentorbot.slack.signing-secret=beside-secret",
        "mentorbot.playground.enabled=true",
        "mentorbot.playground.token=" + PlaygroundBesideSlackIT.TOKEN,
        "mentorbot.admins=slack:UADMIN,web:alice",
        "server.address=127.0.0.1"})
class PlaygroundBesideSlackIT {

    static final String TOKEN = "correct-horse-battery-staple-4d1f";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpServer SLACK = fakeSlack();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtFakeSlack(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.slack.api-url", () -> "http://127.0.0.1:" + SLACK.getAddress().getPort() + "/api/");
    }

    @AfterAll
    static void stopFakeSlack() {
        SLACK.stop(0);
    }

    @Test
    void withoutTheTokenNothingIsServed() {
        assertThat(send("GET", "/", Map.of(), null).status()).isEqualTo(401);
        assertThat(send("GET", "/playground/assets/playground.js", Map.of(), null).status()).isEqualTo(401);
        assertThat(send("GET", "/playground/api/people", Map.of(PlaygroundGate.TOKEN_HEADER, "wrong"), null).status()).isEqualTo(401);
        assertThat(send("POST", "/playground/api/people", Map.of(), "{\"name\":\"Eve\",\"timezone\":\"UTC\"}").status()).isEqualTo(401);
        assertThat(send("GET", "/?token=wrong", Map.of(), null).status()).isEqualTo(401);
        assertThat(send("GET", "/playground/api/people", Map.of("Cookie", "mentorbot_playground=" + "0".repeat(64)), null).status())
                .isEqualTo(401);
    }

    @Test
    void visitingWithTheTokenSetsACookieThatOpensThePageAndTheApi() {
        RawHttp.Answer entered = send("GET", "/?token=" + TOKEN, Map.of(), null);

        assertThat(entered.status()).isEqualTo(303);
        assertThat(entered.headers().get("location")).isEqualTo("/");
        String setCookie = entered.headers().get("set-cookie");
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict").doesNotContain(TOKEN);
        Map<String, String> cookie = Map.of("Cookie", setCookie.split(";", 2)[0]);
        assertThat(send("GET", "/", cookie, null).status()).isEqualTo(200);
        assertThat(send("GET", "/playground/assets/playground.js", cookie, null).status()).isEqualTo(200);
        assertThat(send("POST", "/playground/api/people", cookie, "{\"name\":\"Cookie Person\",\"timezone\":\"UTC\"}").status())
                .isEqualTo(201);
    }

    @Test
    void nobodyBecomesAnAdminByChoosingAName() {
        JsonNode impostor = json(send("POST", "/playground/api/people", withToken(), "{\"name\":\"alice\",\"timezone\":\"UTC\"}"));
        JsonNode first = json(send("POST", "/playground/api/people", withToken(), "{\"name\":\"Admin\",\"timezone\":\"UTC\"}"));

        assertThat(impostor.get("participantId").asText()).isNotEqualTo("web:alice");
        assertThat(impostor.get("admin").asBoolean()).isFalse();
        assertThat(first.get("admin").asBoolean()).isFalse();
        assertThat(command(impostor.get("id").asText(), "nudge")).contains("Only program admins");
        assertThat(command(first.get("id").asText(), "match")).contains("Only program admins");

        JsonNode alice = json(send("GET", "/playground/api/people", withToken(), null)).findParents("participantId").stream()
                .filter(p -> p.get("participantId").asText().equals("web:alice")).findFirst().orElseThrow();
        assertThat(alice.get("admin").asBoolean()).isTrue();
        assertThat(command("alice", "stats")).doesNotContain("Only program admins");
    }

    private String command(String person, String text) {
        RawHttp.Answer answer = send("POST", "/playground/api/people/" + person + "/commands", withToken(), "{\"text\":\"" + text + "\"}");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static Map<String, String> withToken() {
        return Map.of(PlaygroundGate.TOKEN_HEADER, TOKEN);
    }

    private RawHttp.Answer send(String method, String path, Map<String, String> extra, String body) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Host", "127.0.0.1:" + port));
        headers.putAll(extra);
        return RawHttp.send(port, method, path, headers, body);
    }

    private static JsonNode json(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** Slack's Web API as far as starting needs it: auth.test (and anything else) answered ok, on loopback. */
    private static HttpServer fakeSlack() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            server.createContext("/", exchange -> {
                byte[] ok = ("{\"ok\":true,\"team_id\":\"T0FAKE\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }
}
