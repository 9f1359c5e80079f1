package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The pair's journey in Slack: the goals modal from the introduction's button (a goal too long
 * stays open with the error under it), the meeting log modal from the "we met" answer (negative
 * minutes likewise), and {@code /mentor progress}.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-pair-journey")
class SlackPairJourneyIT extends SlackEndToEnd {

    static final String MENTOR = "UJMENTOR";
    static final String MENTEE = "UJMENTEE";
    static final String ADMIN = "UADMIN";

    @Test
    void goalsFromTheIntroductionAMeetingFromWeMetAndProgress() {
        SLACK.person(MENTOR, "Pia", "UTC");
        SLACK.person(MENTEE, "Quinn", "UTC");
        join(MENTOR, Map.of("role", "mentor", "skills_offered", "cobol-journey", "timezone", "UTC"));
        join(MENTEE, Map.of("role", "mentee", "skills_wanted", "cobol-journey", "timezone", "UTC"));
        assertThat(awaitResponse(command(ADMIN, "match").responseUrl()).body()).contains("introduced");

        String group = FakeSlackApi.groupOf(awaitOne("conversations.open", c -> c.param("users").contains(MENTEE)).param("users"));
        FakeSlackApi.Call intro = awaitOne("chat.postMessage", c -> c.param("channel").equals(group) && c.param("blocks").contains("journey.goals"));
        String pair = SlackJourneyIT.buttonValue(intro.json("blocks"), "journey.goals");

        Sent openGoals = click(MENTEE, "journey.goals", pair, group, "1700000300.000100");
        JsonNode goalsModal = awaitOne("views.open", c -> c.param("trigger_id").equals(openGoals.triggerId())).json("view");
        assertThat(goalsModal.path("callback_id").asText()).isEqualTo("form.goals");
        assertThat(goalsModal.path("private_metadata").asText()).isEqualTo(pair);

        JsonNode tooLong = submit("view-submission-goals.json", MENTEE, pair, goals("x".repeat(1_000))).json();
        assertThat(tooLong.path("response_action").asText()).isEqualTo("errors");
        assertThat(tooLong.path("errors").path("goal1").asText()).contains("Goal 1", "300 characters");
        JsonNode saved = submit("view-submission-goals.json", MENTEE, pair, goals("Ship the COBOL port")).json();
        assertThat(saved.path("response_action").asText()).isEqualTo("update");
        assertThat(saved.toString()).contains("Goals saved: 1");

        assertThat(awaitResponse(command(ADMIN, "nudge").responseUrl()).body()).contains("Check-in sent to");
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("channel").equals(group) && c.param("blocks").contains("checkin.met"));
        Sent met = click(MENTEE, "checkin.met", SlackJourneyIT.buttonValue(prompt.json("blocks"), "checkin.met"), group, "1700000400.000100");
        JsonNode answered = awaitResponse(met.responseUrl()).json(null);
        assertThat(answered.path("text").asText()).contains("answered: We met");
        String logValue = SlackJourneyIT.buttonValue(answered.path("blocks"), "journey.log");

        Sent openLog = click(MENTEE, "journey.log", logValue, group, "1700000400.000100");
        JsonNode logModal = awaitOne("views.open", c -> c.param("trigger_id").equals(openLog.triggerId())).json("view");
        assertThat(logModal.path("callback_id").asText()).isEqualTo("form.meeting");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode negative = submit("view-submission-meeting.json", MENTEE, logValue, meeting(today, "-5")).json();
        assertThat(negative.path("response_action").asText()).isEqualTo("errors");
        assertThat(negative.path("errors").path("minutes").asText()).contains("Minutes");
        JsonNode logged = submit("view-submission-meeting.json", MENTEE, logValue, meeting(today, "45")).json();
        assertThat(logged.toString()).contains("Meeting logged");

        JsonNode progress = command(MENTEE, "progress").json();
        assertThat(progress.path("text").asText()).contains("Your mentoring: Pia and Quinn", "Ship the COBOL port, by June (in progress)",
                "Meetings logged: 1", "Milestones reached: first meeting");
    }

    private Sent submit(String fixture, String user, String context, Map<String, String> fields) {
        Map<String, String> values = new HashMap<>(fields);
        values.putAll(Map.of("user_id", user, "user_name", user.toLowerCase(), "trigger_id", unique("trigger.journey."),
                "view_id", unique("VJOURNEY"), "context", context));
        return new Sent(requests().send(SlackRequests.interaction(fixture, values)), "", "");
    }

    private static Map<String, String> goals(String first) {
        return Map.of("goal1", first, "by1", "June", "status1", "in-progress", "goal2", "", "by2", "", "status2", "");
    }

    private static Map<String, String> meeting(String date, String minutes) {
        return Map.of("date", date, "minutes", minutes, "goalsTouched", "1", "notes", "Just between us");
    }
}
