package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With an app id configured every request must carry a valid Bot Framework token: a missing,
 * malformed or wrong one is a 401 and changes nothing. Here there is no network, so even a
 * well-formed token cannot be checked against Microsoft's keys; it must still be refused
 * promptly (the validation is bounded by {@code mentorbot.teams.auth-timeout}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.app-id=11111111-2222-3333-4444-555555555555",
        "mentorbot.teams.app-password=not-a-real-secret",
        "mentorbot.teams.auth-timeout=PT3S"})
class TeamsAuthenticationIT extends TeamsEndToEnd {

    private final Person mallory = new Person("Mallory", "aad-mallory", "a:1mallory-personal-chat");

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer not-a-jwt", "Basic bWFsbG9yeTpzZWNyZXQ=", "Bearer a.b.c"})
    void aMissingOrMalformedTokenIsRefusedAndChangesNothing(String authorization) throws Exception {
        HttpResponse<String> answer = send(authorization.isEmpty() ? null : authorization);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertNothingChanged();
    }

    @Test
    void aWellFormedTokenThatCannotBeVerifiedIsRefusedPromptly() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> answer = send("Bearer " + forgedToken());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(Duration.between(start, Instant.now())).as("no long hang without network").isLessThan(Duration.ofSeconds(15));
        assertNothingChanged();
    }

    @Test
    void anInvalidBodyIsABadRequest() throws Exception {
        assertThat(teams.post(teams.raw("truncated-activity.txt"), "Bearer " + forgedToken()).statusCode()).isEqualTo(400);
        assertThat(teams.post(teams.raw("not-an-activity.json"), null).statusCode()).isEqualTo(400);
        assertThat(teams.post(teams.raw("message-without-addresses.json"), null).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> send(String authorization) throws Exception {
        return teams.post(teams.from(mallory, "message-join").toString(), authorization);
    }

    private void assertNothingChanged() {
        assertThat(stores.addresses().addressOf(new ParticipantId(mallory.participantId()))).isEmpty();
        assertThat(stores.participants().find(new ParticipantId(mallory.participantId()))).isEmpty();
        assertThat(connector.calls()).isEmpty();
    }

    /** A JWT shaped like the Bot Connector's, signed by nobody Microsoft knows. */
    private String forgedToken() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = teams.fixture("forged-token-header").toString();
        String claims = teams.fixture("forged-token-claims").put("serviceurl", connector.serviceUrl())
                .put("nbf", now - 60).put("exp", now + 3600).toString();
        return url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
    }
}
