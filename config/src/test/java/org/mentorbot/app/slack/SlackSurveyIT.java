package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A program's end survey in Slack: closing the program puts it to each person in an open pair
 * with a button; the button opens a modal of the program's questions (Block Kit's limits kept);
 * an answer out of range keeps the modal open with the error under the question; a valid one is
 * thanked and counted in the report, whose figures stay withheld with a single answer.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-survey")
class SlackSurveyIT extends SlackEndToEnd {

    static final String ADMIN = "UADMIN";
    static final String MENTOR = "USRVMENTOR";
    static final String MENTEE = "USRVMENTEE";

    @Test
    void theEndSurveyIsAskedAnsweredOnceAndCountedInTheReport() {
        JsonNode created = new Sent(requests().send(SlackRequests.interaction("view-submission-program.json", Map.ofEntries(
                Map.entry("user_id", ADMIN), Map.entry("user_name", "uadmin"), Map.entry("trigger_id", unique("trigger.program.")),
                Map.entry("view_id", unique("VPROGRAM")), Map.entry("context", ""), Map.entry("slug", "survey-it"),
                Map.entry("name", "Survey program"), Map.entry("kind", "one-to-one"), Map.entry("matching", "admin"),
                Map.entry("checkinInterval", "P14D"), Map.entry("firstCheckinAfter", "P7D"), Map.entry("feedbackAfter", "P30D"),
                Map.entry("enrolment", "open")))), "", "").json();
        assertThat(created.toString()).contains("Created Survey program (survey-it)");
        SLACK.person(MENTOR, "Sol", "UTC");
        SLACK.person(MENTEE, "Tam", "UTC");
        joinProgram(MENTOR, Map.of("role", "mentor", "skills_offered", "survey-skill", "capacity", "1", "level", "6"));
        joinProgram(MENTEE, Map.of("role", "mentee", "skills_wanted", "survey-skill", "level", "2"));
        assertThat(awaitResponse(command(ADMIN, "match survey-it").responseUrl()).body()).contains("1 new pair introduced");

        assertThat(awaitResponse(command(ADMIN, "program close survey-it").responseUrl()).body())
                .contains("the end survey to 2 people");
        FakeSlackApi.Call invite = awaitOne("chat.postMessage", c -> c.param("blocks").contains("survey.open")
                && c.param("channel").contains(MENTEE));
        assertThat(invite.param("blocks")).contains("Survey program: closing survey");
        String value = SlackJourneyIT.buttonValue(invite.json("blocks"), "survey.open");
        assertThat(value).isEqualTo("survey-it~end");

        Sent open = click(MENTEE, "survey.open", value, invite.param("channel"), "1700000500.000100");
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(open.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.survey");
        assertThat(modal.path("private_metadata").asText()).isEqualTo("survey-it~end");
        assertThat(modal.path("title").path("text").asText().length()).as("Slack's modal title limit").isLessThanOrEqualTo(24);
        JsonNode recommend = inputBlock(modal, "recommend");
        assertThat(recommend.path("element").path("options")).as("0 to 10").hasSize(11);
        recommend.path("element").path("options").forEach(o ->
                assertThat(o.path("text").path("text").asText().length()).as("Slack's option text limit").isLessThanOrEqualTo(75));
        assertThat(modal.path("blocks").size()).as("Slack's 100 blocks").isLessThanOrEqualTo(100);

        JsonNode wrong = submitSurvey(MENTEE, value, answers("11")).json();
        assertThat(wrong.path("response_action").asText()).isEqualTo("errors");
        assertThat(wrong.path("errors").path("recommend").asText()).contains("from 0 to 10");

        JsonNode thanked = submitSurvey(MENTEE, value, answers("9")).json();
        assertThat(thanked.toString()).contains("Thank you, your answers are in");
        assertThat(submitSurvey(MENTEE, value, answers("2")).json().toString()).contains("answered this survey already");

        String report = awaitResponse(command(ADMIN, "report survey-it").responseUrl()).body();
        assertThat(report).contains("Survey responses: start 0 · half-way 0 · end 1",
                "NPS (would recommend, 0 to 10): withheld (fewer than 3 answers)").doesNotContain("+100");
    }

    private void joinProgram(String user, Map<String, String> fields) {
        Sent opened = command(user, "join survey-it");
        awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId()));
        assertThat(requests().send(joinBody(user, fields, "survey-it~")).statusCode()).isEqualTo(200);
    }

    private Sent submitSurvey(String user, String context, Map<String, String> answers) {
        Map<String, String> values = new HashMap<>(answers);
        values.putAll(Map.of("user_id", user, "user_name", user.toLowerCase(), "trigger_id", unique("trigger.survey."),
                "view_id", unique("VSURVEY"), "context", context));
        return new Sent(requests().send(SlackRequests.interaction("view-submission-survey.json", values)), "", "");
    }

    private static Map<String, String> answers(String recommend) {
        return Map.of("satisfaction", "4", "recommend", recommend, "progress", "3", "confidence", "4", "promotion", "0",
                "stay", "5");
    }

    private static JsonNode inputBlock(JsonNode modal, String name) {
        for (JsonNode block : modal.path("blocks")) {
            if (block.path("block_id").asText().equals(name)) {
                return block;
            }
        }
        throw new AssertionError("no input " + name + " in " + modal.path("blocks"));
    }
}
