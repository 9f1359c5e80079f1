package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.MentorBot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A signed request counts once and only while it is fresh: a timestamp more than five minutes
 * ahead is refused as surely as one five minutes old, and the same signed request sent again
 * within its window is a 401 that changes nothing. Slack's own retries still work. The pair it
 * makes for the nudge stays in its own application, so later journeys count only their own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SlackReplayIT extends SlackEndToEnd {

    @Autowired
    MentorBot bot;

    @ParameterizedTest(name = "now + {0} s")
    @ValueSource(longs = {301, 600, 86_400, 31_536_000})
    void aTimestampFromTheFutureIsRefused(long ahead) {
        String user = unique("UFUTURE");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));
        assertThat(command(unique("UWARM"), "help").response().statusCode()).isEqualTo(200);
        earlyInASecond();

        HttpResponse<String> answer = requests().send(join, Instant.now().getEpochSecond() + ahead, Map.of());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertNotEnrolled(user);
    }

    @Test
    void aTimestampFarBeyondAnyClockIsRefused() {
        String user = unique("UFARFUTURE");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));

        assertThat(requests().send(join, 9223372036854775L, Map.of()).statusCode()).isEqualTo(401);
        assertThat(requests().sendRaw(join, Map.of("X-Slack-Request-Timestamp", "9223372036854775807999",
                "X-Slack-Signature", SlackRequests.sign(SECRET, 0, join.text()))).statusCode()).isEqualTo(401);
        assertNotEnrolled(user);
    }

    @Test
    void aTimestampJustInsideTheWindowEitherSideIsServed() {
        long now = Instant.now().getEpochSecond();

        assertThat(requests().send(commandBody(unique("UEARLY"), "help", "C0GENERAL"), now + 290, Map.of()).statusCode()).isEqualTo(200);
        assertThat(requests().send(commandBody(unique("ULATE"), "help", "C0GENERAL"), now - 290, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayedAdminNudgeIsRefusedAndSendsNothingMore() {
        activePair(unique("UMENTORR"), unique("UMENTEER"));
        SlackRequests.Body nudge = commandBody("UADMIN", "nudge", "C0GENERAL");
        Map<String, String> headers = requests().signedHeaders(nudge, Instant.now().getEpochSecond());

        HttpResponse<String> first = requests().sendRaw(nudge, headers);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(awaitResponse(FakeSlackApi.form(nudge.text()).get("response_url")).body()).contains("Check-in sent to");
        sleep(Duration.ofMillis(500));
        int checkInsSent = checkInPrompts();

        HttpResponse<String> replayed = requests().sendRaw(nudge, headers);
        sleep(Duration.ofMillis(1000));

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("already received");
        assertThat(checkInPrompts()).isEqualTo(checkInsSent);
        assertThat(responsesTo(FakeSlackApi.form(nudge.text()).get("response_url"))).hasSize(1);
    }

    @Test
    void aReplayedFormSubmissionIsRefused() {
        String user = unique("UREPLAYJOIN");
        SlackRequests.Body join = joinBody(user, Map.of("role", "mentee", "skills_wanted", "go"));
        Map<String, String> headers = requests().signedHeaders(join, Instant.now().getEpochSecond());

        assertThat(requests().sendRaw(join, headers).statusCode()).isEqualTo(200);
        assertThat(requests().sendRaw(join, headers).statusCode()).isEqualTo(401);
    }

    @Test
    void aReplayMarkedAsARetryIsStillRefusedUnlessItIsAnEvent() {
        SlackRequests.Body nudge = commandBody("UADMIN", "stats", "C0GENERAL");
        Map<String, String> headers = new LinkedHashMap<>(requests().signedHeaders(nudge, Instant.now().getEpochSecond()));
        assertThat(requests().sendRaw(nudge, headers).statusCode()).isEqualTo(200);

        headers.put("X-Slack-Retry-Num", "1");
        headers.put("X-Slack-Retry-Reason", "http_timeout");

        assertThat(requests().sendRaw(nudge, headers).statusCode()).isEqualTo(401);
    }

    @Test
    void slackRetriesOfAnEventAreAnsweredAndHandledOnceWhetherResignedOrNot() {
        String user = unique("URETRIED");
        SlackRequests.Body opened = homeOpened(user, unique("Ev0RETRIED"));
        Map<String, String> headers = new LinkedHashMap<>(requests().signedHeaders(opened, Instant.now().getEpochSecond()));
        assertThat(requests().sendRaw(opened, headers).statusCode()).isEqualTo(200);
        awaitOne("views.publish", c -> c.param("user_id").equals(user));

        Map<String, String> sameSignature = new LinkedHashMap<>(headers);
        sameSignature.put("X-Slack-Retry-Num", "1");
        sameSignature.put("X-Slack-Retry-Reason", "http_timeout");
        Map<String, String> resigned = new LinkedHashMap<>(requests().signedHeaders(opened, Instant.now().getEpochSecond() + 1));
        resigned.put("X-Slack-Retry-Num", "2");
        resigned.put("X-Slack-Retry-Reason", "http_timeout");

        assertThat(requests().sendRaw(opened, sameSignature).statusCode()).isEqualTo(200);
        assertThat(requests().sendRaw(opened, resigned).statusCode()).isEqualTo(200);
        sleep(Duration.ofMillis(500));
        assertThat(SLACK.calls("views.publish", c -> c.param("user_id").equals(user))).hasSize(1);
    }

    private void activePair(String mentor, String mentee) {
        Actor ada = Actor.of(new ParticipantId("slack:" + mentor), "Mentor " + mentor);
        Actor ed = Actor.of(new ParticipantId("slack:" + mentee), "Mentee " + mentee);
        bot.handle(new Inbound.FormSubmitted(ada, ActionIds.FORM_JOIN, "", Map.of("role", "mentor", "skillsOffered", "replays",
                "capacity", "1", "level", "9", "languages", "en", "timezone", "UTC")));
        bot.handle(new Inbound.FormSubmitted(ed, ActionIds.FORM_JOIN, "", Map.of("role", "mentee", "skillsWanted", "replays",
                "level", "1", "languages", "en", "timezone", "UTC")));
        assertThat(bot.handle(new Inbound.CommandReceived(Actor.of(new ParticipantId("slack:UADMIN"), "Admin"), "match"))
                .fallback()).contains("introduced");
    }

    /**
     * Waits until the clock is in the first half of a second, so that a request dated now + 301 s
     * reaches the bot while its clock still reads the same second: one that arrives a second
     * later is, rightly, only 300 s ahead.
     */
    private static void earlyInASecond() {
        int millis = Instant.now().getNano() / 1_000_000;
        if (millis >= 500) {
            sleep(Duration.ofMillis(1000 - millis));
        }
    }

    private static int checkInPrompts() {
        return SLACK.calls("chat.postMessage", c -> c.param("blocks").contains(ActionIds.CHECKIN_MET)).size();
    }

    private void assertNotEnrolled(String user) {
        assertThat(command(user, "profile").json().path("text").asText()).startsWith("You're not in the mentoring program yet");
    }
}
