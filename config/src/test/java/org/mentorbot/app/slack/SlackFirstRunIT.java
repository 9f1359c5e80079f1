package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;

/**
 * A first run in Slack that says what it does: feedback counted once per person and poll period,
 * comments to the admin without names; languages stored as codes, an unknown one named in its
 * field; leave and delete me asked first; answered check-ins keep the pair's names, a late press is
 * answered privately, and an answered poll loses its button.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-first-run")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlackFirstRunIT extends SlackEndToEnd {

    static final String ADMIN = "UADMIN";

    @Test
    @Order(1)
    void feedbackIsOneAnswerPerPollPeriodAndCommentsReachTheAdminWithoutNames() {
        pair("UFBMENTOR1", "Fern", "UFBMENTEE1", "Gus", "fortran-feedback");
        pair("UFBMENTOR2", "Hal", "UFBMENTEE2", "Ines", "pascal-feedback");
        int sentBefore = stat("Feedback polls sent");

        String poll = openFeedback("UFBMENTEE1");
        assertThat(submitFeedback("UFBMENTEE1", poll, "2", "Fortran is fun").json().toString()).contains("Thank you");
        Sent again = command("UFBMENTEE1", "feedback");
        assertThat(again.json().path("text").asText()).contains("already gave feedback");
        sleep(java.time.Duration.ofMillis(300));
        assertThat(SLACK.calls("views.open", c -> c.param("trigger_id").equals(again.triggerId()))).isEmpty();
        assertThat(openFeedback("UFBMENTOR1")).as("the partner answers the same poll").isEqualTo(poll);
        submitFeedback("UFBMENTOR1", poll, "4", "Gus asks good questions");
        assertThat(stat("Feedback polls sent")).as("polls people asked for are not sent ones").isEqualTo(sentBefore);

        Sent early = command(ADMIN, "feedback report");
        assertThat(early.json().toString()).as("it reads every answer, so it is acknowledged first").contains("On it");
        assertThat(awaitResponse(early.responseUrl()).body()).contains("2 so far").doesNotContain("Fortran is fun");
        submitFeedback("UFBMENTEE2", openFeedback("UFBMENTEE2"), "5", "An agenda helped");
        JsonNode report = awaitResponse(command(ADMIN, "feedback report").responseUrl()).json(null);
        assertThat(report.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(report.path("text").asText()).contains("Responses: 3", "without names", "An agenda helped",
                "Fortran is fun", "Gus asks good questions").doesNotContain("UFBMENTEE", "Ines");
        assertThat(command("UFBMENTEE1", "feedback report").json().path("text").asText()).startsWith("Only program admins");
    }

    @Test
    @Order(2)
    void languagesAreStoredAsCodesAndAnUnknownOneIsNamedInItsField() {
        SLACK.person("UFRLANG1", "Kai", "UTC");
        JsonNode refused = submitJoin("UFRLANG1", Map.of("role", "mentee", "skills_wanted", "ada-lang",
                "languages", "English, klingon")).json();
        assertThat(refused.path("response_action").asText()).isEqualTo("errors");
        assertThat(refused.path("errors").path("languages").asText()).contains("Languages", "'klingon'");
        assertThat(command("UFRLANG1", "profile").json().path("text").asText()).as("nothing saved").contains("not in the");

        assertThat(submitJoin("UFRLANG1", Map.of("role", "mentee", "skills_wanted", "ada-lang", "languages", "English, de-DE"))
                .json().path("response_action").asText()).isEqualTo("update");
        assertThat(profileText("UFRLANG1")).contains("Languages: en, de");

        SLACK.person("UFRLANG2", "Lua", "UTC");
        SLACK.person("UFRLANG3", "Mo", "UTC");
        submitJoin("UFRLANG2", Map.of("role", "mentee", "skills_wanted", "ada-lang", "languages", "pt-BR"));
        submitJoin("UFRLANG3", Map.of("role", "mentor", "skills_offered", "ada-lang", "level", "6", "languages", "english"));
        String preview = awaitResponse(command(ADMIN, "match preview").responseUrl()).body();
        assertThat(preview).contains("Lua would wait", "No mentor speaks pt.");
        assertThat(preview).doesNotContain("Kai would wait");
    }

    @Test
    @Order(3)
    void leaveAndDeleteMeAskFirstAndCancellingChangesNothing() {
        pair("UCFMENTOR", "Nell", "UCFMENTEE", "Otto", "cobol-confirm");

        JsonNode question = command("UCFMENTEE", "leave").json();
        assertThat(question.path("text").asText()).contains("Your pairing with Nell ends now");
        String program = SlackJourneyIT.buttonValue(question.path("blocks"), "program.leave_confirm");
        SlackJourneyIT.buttonValue(question.path("blocks"), "confirm.cancel");

        JsonNode cancelled = awaitResponse(click("UCFMENTEE", "confirm.cancel", program, "DUCFMENTEE", "1700000500.000100")
                .responseUrl()).json(null);
        assertThat(cancelled.path("replace_original").asBoolean()).isTrue();
        assertThat(cancelled.path("text").asText()).contains("nothing changed");
        assertThat(profileText("UCFMENTEE")).contains("Your mentor", "Nell");

        JsonNode left = awaitResponse(click("UCFMENTEE", "program.leave_confirm", program, "DUCFMENTEE", "1700000500.000100")
                .responseUrl()).json(null);
        assertThat(left.path("replace_original").asBoolean()).isTrue();
        assertThat(left.path("text").asText()).contains("You've left");
        awaitOne("chat.postMessage", c -> c.param("channel").equals("UCFMENTOR") && c.param("text").contains("Otto has left"));

        JsonNode erase = command("UCFMENTOR", "delete me").json();
        assertThat(erase.path("text").asText()).contains("Erase everything", "cannot be undone");
        JsonNode erased = awaitResponse(click("UCFMENTOR", "privacy.delete_confirm",
                SlackJourneyIT.buttonValue(erase.path("blocks"), "privacy.delete_confirm"), "DUCFMENTOR", "1700000501.000100")
                .responseUrl()).json(null);
        assertThat(erased.path("text").asText()).contains("erased");
        assertThat(awaitResponse(command("UCFMENTOR", "export").responseUrl()).body()).contains("holds no data about you");
    }

    @Test
    @Order(4)
    void answeredCheckInsKeepTheNamesALatePressIsPrivateAndAnAnsweredPollLosesItsButton() {
        SLACK.person("UCIMENTOR", "Pia", "UTC");
        SLACK.person("UCIMENTEE1", "Quin", "UTC");
        SLACK.person("UCIMENTEE2", "Ros", "UTC");
        join("UCIMENTOR", Map.of("role", "mentor", "skills_offered", "lisp-checkin", "level", "6", "capacity", "2"));
        join("UCIMENTEE1", Map.of("role", "mentee", "skills_wanted", "lisp-checkin"));
        join("UCIMENTEE2", Map.of("role", "mentee", "skills_wanted", "lisp-checkin"));
        awaitResponse(command(ADMIN, "match").responseUrl());
        String group = FakeSlackApi.groupOf(awaitOne("conversations.open", c -> c.param("users").contains("UCIMENTEE1")).param("users"));

        awaitResponse(command(ADMIN, "nudge").responseUrl());
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("channel").equals(group) && c.param("blocks").contains("checkin.met"));
        String checkIn = SlackJourneyIT.buttonValue(prompt.json("blocks"), "checkin.met");
        JsonNode answered = awaitResponse(click("UCIMENTEE1", "checkin.met", checkIn, group, "1700000600.000100").responseUrl()).json(null);
        assertThat(answered.path("replace_original").asBoolean()).isTrue();
        assertThat(answered.path("text").asText()).contains("Pia (mentor) and Quin (mentee)", "Quin answered: We met");

        JsonNode late = awaitResponse(click("UCIMENTOR", "checkin.not_yet", checkIn, group, "1700000600.000100").responseUrl()).json(null);
        assertThat(late.path("replace_original").asBoolean()).as("the shared message keeps Quin's answer").isFalse();
        assertThat(late.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(late.path("text").asText()).contains("already answered by Quin: We met");

        awaitResponse(command(ADMIN, "poll").responseUrl());
        FakeSlackApi.Call poll = awaitOne("chat.postMessage", c -> c.param("channel").equals("UCIMENTEE1") && c.param("blocks").contains("feedback.open"));
        Sent open = click("UCIMENTEE1", "feedback.open", SlackJourneyIT.buttonValue(poll.json("blocks"), "feedback.open"), "DUCIMENTEE1",
                "1700000700.000100");
        String metadata = awaitOne("views.open", c -> c.param("trigger_id").equals(open.triggerId())).json("view").path("private_metadata").asText();
        assertThat(metadata).endsWith("\n" + open.responseUrl());
        assertThat(submitFeedback("UCIMENTEE1", metadata, "5", "").json().path("response_action").asText()).isEqualTo("update");

        JsonNode pollAfter = awaitResponse(open.responseUrl()).json(null);
        assertThat(pollAfter.path("replace_original").asBoolean()).isTrue();
        assertThat(pollAfter.path("text").asText()).contains("Thank you for your feedback");
        assertThat(pollAfter.toString()).doesNotContain("feedback.open");
    }

    private void pair(String mentor, String mentorName, String mentee, String menteeName, String skill) {
        SLACK.person(mentor, mentorName, "UTC");
        SLACK.person(mentee, menteeName, "UTC");
        join(mentor, Map.of("role", "mentor", "skills_offered", skill, "level", "6"));
        join(mentee, Map.of("role", "mentee", "skills_wanted", skill));
        assertThat(awaitResponse(command(ADMIN, "match").responseUrl()).body()).contains("introduced");
    }

    /** Sends {@code feedback}, checks the modal it opens and returns the poll it is for. */
    private String openFeedback(String user) {
        Sent asked = command(user, "feedback");
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(asked.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.feedback");
        return modal.path("private_metadata").asText();
    }

    private String profileText(String user) {
        return command(user, "profile").json().path("text").asText();
    }

    private int stat(String label) {
        String stats = command(ADMIN, "stats", "C0FIRSTRUN").json().path("text").asText();
        Matcher number = Pattern.compile(Pattern.quote(label) + ": (\\d+)").matcher(stats);
        assertThat(number.find()).as(label + " in " + stats).isTrue();
        return Integer.parseInt(number.group(1));
    }
}
