package org.mentorbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaygroundGateTest {

    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    final PlaygroundGate open = new PlaygroundGate(LOOPBACK, Optional.empty());
    final PlaygroundGate guarded = new PlaygroundGate(LOOPBACK, Optional.of("s3cret token"));

    @ParameterizedTest(name = "{0} {1} Host={2} Origin={3} Sec-Fetch-Site={4} -> {5}")
    @CsvSource(nullValues = "-", textBlock = """
            GET,  /,                     localhost:8080,     -,                      -,           pass
            GET,  /,                     [::1]:8080,         -,                      -,           pass
            GET,  /,                     evil.example:8080,  -,                      -,           403
            GET,  /,                     -,                  -,                      -,           403
            GET,  /playground/api/people, 127.0.0.1.nip.io,  -,                      -,           403
            POST, /playground/api/people, 127.0.0.1:8080,    http://127.0.0.1:8080,  same-origin, pass
            POST, /playground/api/people, 127.0.0.1:8080,    -,                      -,           pass
            POST, /playground/api/people, 127.0.0.1:8080,    http://evil.example,    -,           403
            POST, /playground/api/people, 127.0.0.1:8080,    null,                   -,           403
            POST, /playground/api/people, 127.0.0.1:8080,    http://127.0.0.1:8081,  -,           403
            POST, /playground/api/people, 127.0.0.1:8080,    -,                      cross-site,  403
            POST, /playground/api/people, 127.0.0.1:8080,    -,                      same-site,   403
            GET,  /playground/api/people, 127.0.0.1:8080,    http://evil.example,    cross-site,  pass
            """)
    void hostAndOrigin(String method, String path, String host, String origin, String fetchSite, String expected) {
        Optional<WebAnswer> answer = open.check(new PlaygroundGate.Visit(method, path, host, origin, fetchSite, null, null, null, false));

        assertThat(answer.map(a -> String.valueOf(a.status())).orElse("pass")).isEqualTo(expected);
    }

    @Test
    void withATokenEveryRequestCarriesItByHeaderOrByTheCookieTheLinkSets() {
        assertThat(guarded.check(visit("/", null, null, null))).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(401));
        assertThat(guarded.check(visit("/", "wrong", null, null))).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(401));
        assertThat(guarded.check(visit("/", "s3cret token", null, null))).isEmpty();
        assertThat(guarded.check(visit("/", null, null, "wrong"))).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(401));

        WebAnswer entered = guarded.check(visit("/", null, null, "s3cret token")).orElseThrow();
        assertThat(entered.status()).isEqualTo(303);
        assertThat(entered.headers()).containsEntry("Location", "/");
        String cookie = entered.headers().get("Set-Cookie");
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("s3cret");
        String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertThat(guarded.check(visit("/playground/api/people", null, value, null))).isEmpty();
        assertThat(guarded.check(visit("/playground/api/people", null, "0".repeat(64), null))).isPresent();
        assertThat(guarded.check(visit("/playground/api/people", null, "not hex", null))).isPresent();
        assertThat(new String(guarded.check(visit("/", null, null, null)).orElseThrow().body(), StandardCharsets.UTF_8))
                .contains("/?token=");
    }

    private static PlaygroundGate.Visit visit(String path, String header, String cookie, String query) {
        return new PlaygroundGate.Visit("GET", path, "127.0.0.1:8080", null, null, header, cookie, query, false);
    }
}
