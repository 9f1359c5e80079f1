package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The standalone playground answers only at loopback names, so a web page that points its own
 * domain at 127.0.0.1 (DNS rebinding) reaches nothing, not even the admin's commands; and a
 * request that changes state must come from the playground's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundHostAndOriginIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"evil.example", "evil.example:%d", "127.0.0.1.nip.io:%d", "localhost.evil.example", "0.0.0.0:%d", ""})
    void aForeignHostReachesNothing(String host) {
        Map<String, String> headers = host.isEmpty() ? Map.of() : Map.of("Host", host.formatted(port));
        String someone = createPerson("Ada Admin", Map.of());

        assertThat(RawHttp.send(port, "GET", "/", headers, null).status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "GET", "/playground/api/people", headers, null).status()).isEqualTo(403);
        RawHttp.Answer nudge = RawHttp.send(port, "POST", "/playground/api/people/" + someone + "/commands", headers, "{\"text\":\"nudge\"}");
        assertThat(nudge.status()).isEqualTo(403);
        assertThat(nudge.body()).contains("MENTORBOT_PLAYGROUND_HOSTS");
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"localhost:%d", "127.0.0.1:%d", "[::1]:%d", "LOCALHOST:%d", "localhost"})
    void loopbackNamesAreServed(String host) {
        assertThat(RawHttp.send(port, "GET", "/", Map.of("Host", host.formatted(port)), null).status()).isEqualTo(200);
    }

    @Test
    void noSpellingOfAPlaygroundPathSlipsPast() {
        Map<String, String> rebound = Map.of("Host", "evil.example:" + port);

        assertThat(RawHttp.send(port, "GET", "/%70layground/api/people", rebound, null).status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "GET", "//playground/api/people", rebound, null).status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "GET", "/playground/api/people;x=y", rebound, null).status()).isEqualTo(403);
        assertThat(RawHttp.send(port, "GET", "/actuator/../playground/api/people", rebound, null).status()).isIn(400, 403);
        assertThat(RawHttp.send(port, "GET", "/index.html", rebound, null).status()).isEqualTo(403);
    }

    @Test
    void theBotsOtherRoutesAreNotThePlaygrounds() {
        assertThat(RawHttp.send(port, "GET", "/actuator/health", Map.of("Host", "bot.example.com"), null).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {"http://evil.example", "null", "http://localhost.evil.example", "https://127.0.0.1:1", "http://127.0.0.1:%d.evil"})
    void aStateChangeFromAnotherOriginIsRefused(String origin) {
        int before = peopleCount();

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/playground/api/people",
                Map.of("Host", "127.0.0.1:" + port, "Origin", origin.formatted(port)), "{\"name\":\"Mallory\",\"timezone\":\"UTC\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void aCrossSiteFetchIsRefusedEvenWithoutAnOrigin() {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/playground/api/samples",
                Map.of("Host", "127.0.0.1:" + port, "Sec-Fetch-Site", "cross-site"), "{}");

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void thePagesOwnOriginAndToolsWithoutOneMayChangeState() {
        assertThat(createPerson("Same Origin", Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"))).isNotBlank();
        assertThat(createPerson("Via Localhost", Map.of("Host", "localhost:" + port, "Origin", "http://localhost:" + port))).isNotBlank();
        assertThat(createPerson("Curl", Map.of())).isNotBlank();
    }

    private String createPerson(String name, Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Host", "127.0.0.1:" + port));
        headers.putAll(extra);
        RawHttp.Answer created = RawHttp.send(port, "POST", "/playground/api/people", headers,
                "{\"name\":\"" + name + "\",\"timezone\":\"UTC\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    }

    private int peopleCount() {
        String people = RawHttp.send(port, "GET", "/playground/api/people", Map.of("Host", "127.0.0.1:" + port), null).body();
        return people.split("\"participantId\"", -1).length - 1;
    }
}
