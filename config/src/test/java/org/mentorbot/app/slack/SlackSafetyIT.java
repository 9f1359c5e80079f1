package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack's rules at the door: a request with a bad, stale or missing signature is a 401 and
 * changes nothing; a retried event is handled once; a form with a mistake stays open with the
 * field named.
 */
class SlackSafetyIT extends SlackEndToEnd {

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        String user = unique("UFORGED");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = requests().sendRaw(join, Map.of("X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", SlackRequests.sign("not-the-secret", now, join.text())));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertNotEnrolled(user);
    }

    @Test
    void aStaleTimestampIsRefusedEvenWithTheRightSecret() {
        String user = unique("USTALE");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));

        HttpResponse<String> replayed = requests().send(join, Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond(), Map.of());

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertNotEnrolled(user);
    }

    @Test
    void missingSignatureHeadersAreRefused() {
        String user = unique("UBARE");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));

        assertThat(requests().sendRaw(join, Map.of()).statusCode()).isEqualTo(401);
        assertThat(requests().sendRaw(join, Map.of("X-Slack-Request-Timestamp", String.valueOf(Instant.now().getEpochSecond())))
                .statusCode()).isEqualTo(401);
        assertNotEnrolled(user);
    }

    @Test
    void aSignedCommandWithAForgedBodyIsRefused() {
        SlackRequests.Body honest = commandBody(unique("UHONEST"), "help", "C0GENERAL");
        long now = Instant.now().getEpochSecond();
        SlackRequests.Body tampered = new SlackRequests.Body(honest.text().replace("help", "stats"), honest.contentType());

        assertThat(requests().sendRaw(tampered, requests().signedHeaders(honest, now)).statusCode()).isEqualTo(401);
    }

    @Test
    void aRetriedEventIsHandledOnce() {
        String user = unique("URETRY");
        SlackRequests.Body opened = homeOpened(user, unique("Ev0RETRY"));

        assertThat(requests().send(opened).statusCode()).isEqualTo(200);
        awaitOne("views.publish", c -> c.param("user_id").equals(user));
        assertThat(requests().send(opened, Instant.now().getEpochSecond(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        sleep(Duration.ofMillis(500));

        assertThat(SLACK.calls("views.publish", c -> c.param("user_id").equals(user))).hasSize(1);
    }

    @Test
    void aFormWithMistakesStaysOpenNamingEachField() {
        String user = unique("UTYPO");

        JsonNode answer = submitJoin(user, Map.of("role", "mentor", "skills_offered", "", "level", "eleven",
                "timezone", "Mars/Olympus")).json();

        assertThat(answer.path("response_action").asText()).isEqualTo("errors");
        assertThat(answer.path("errors").path("level").asText()).contains("whole number");
        assertThat(answer.path("errors").path("timezone").asText()).contains("IANA time zone");
        assertThat(answer.path("errors").path("skillsOffered").asText()).isNotBlank();
        assertNotEnrolled(user);
    }

    @Test
    void anAdminCommandFromSomeoneElseIsRefusedPrivately() {
        String user = unique("UCURIOUS");

        JsonNode refused = command(user, "match", "C0GENERAL").json();

        assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.path("text").asText()).startsWith("Only program admins");
    }

    private void assertNotEnrolled(String user) {
        JsonNode profile = command(user, "profile").json();
        assertThat(profile.path("text").asText()).startsWith("You're not in the mentoring program yet");
    }
}
