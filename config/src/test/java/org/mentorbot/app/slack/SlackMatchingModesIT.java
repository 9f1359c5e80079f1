package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The matching modes in Slack: in a mentee-choice program a mentee requests a suggested mentor
 * with a button, the mentor accepts (the introduction opens a group DM) or declines (the mentee
 * hears it kindly, with fresh suggestions); in an admin-matched program, "rematch" opens the
 * not-a-good-fit modal and its submission ends the pairing and tells the partner.
 */
class SlackMatchingModesIT extends SlackEndToEnd {

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> ProgramFiles.copy("/programs/matching-modes.yml"));
    }

    @Test
    void aMenteeRequestsAMentorWhoAcceptsAndAnotherWhoDeclines() {
        joinProgram("UCMAYA", "pick", Map.of("role", "mentor", "skills_offered", "go", "level", "6"));
        joinProgram("UCRUI", "pick", Map.of("role", "mentor", "skills_offered", "go", "level", "7"));
        joinProgram("UCED", "pick", Map.of("role", "mentee", "skills_wanted", "go"));
        joinProgram("UCANA", "pick", Map.of("role", "mentee", "skills_wanted", "go"));

        JsonNode suggestions = command("UCED", "suggestions").json();
        assertThat(suggestions.toString()).contains("Mentors for you", "choice.request", "pick~slack:UCMAYA", "pick~slack:UCRUI");
        Sent request = click("UCED", "choice.request", "pick~slack:UCMAYA", "DUCED", "1700000400.000100");
        assertThat(awaitResponse(request.responseUrl()).body()).contains("Request sent to");
        FakeSlackApi.Call ask = awaitOne("chat.postMessage", c -> c.param("channel").equals("UCMAYA") && c.param("blocks").contains("choice.accept"));
        assertThat(ask.param("text")).contains("would like you as their mentor");
        Sent again = click("UCED", "choice.request", "pick~slack:UCRUI", "DUCED", "1700000400.000200");
        assertThat(awaitResponse(again.responseUrl()).body()).contains("You have already asked", "nothing changed");

        Sent accept = click("UCMAYA", "choice.accept", SlackJourneyIT.buttonValue(ask.json("blocks"), "choice.accept"), "DUCMAYA",
                "1700000400.000300");
        assertThat(awaitResponse(accept.responseUrl()).body()).contains("You accepted");
        FakeSlackApi.Call opened = awaitOne("conversations.open", c -> c.param("users").contains("UCMAYA") && c.param("users").contains("UCED"));
        String group = FakeSlackApi.groupOf(opened.param("users"));
        assertThat(awaitOne("chat.postMessage", c -> c.param("channel").equals(group)).param("text")).contains("Meet your mentoring partner");

        assertThat(command("UCANA", "suggestions").json().toString()).contains("pick~slack:UCRUI").doesNotContain("pick~slack:UCMAYA");
        Sent second = click("UCANA", "choice.request", "pick~slack:UCRUI", "DUCANA", "1700000400.000400");
        assertThat(awaitResponse(second.responseUrl()).body()).contains("Request sent to");
        FakeSlackApi.Call askRui = awaitOne("chat.postMessage", c -> c.param("channel").equals("UCRUI") && c.param("blocks").contains("choice.decline"));
        Sent decline = click("UCRUI", "choice.decline", SlackJourneyIT.buttonValue(askRui.json("blocks"), "choice.decline"), "DUCRUI",
                "1700000400.000500");
        assertThat(awaitResponse(decline.responseUrl()).body()).contains("Thanks for letting us know");
        assertThat(awaitOne("chat.postMessage", c -> c.param("channel").equals("UCANA")).param("text"))
                .contains("cannot take on a mentee right now", "not about you");
    }

    @Test
    void rematchOpensTheModalAndItsSubmissionEndsThePairingKindly() {
        joinProgram("URMAYA", "eng", Map.of("role", "mentor", "skills_offered", "rust", "level", "6"));
        joinProgram("URED", "eng", Map.of("role", "mentee", "skills_wanted", "rust"));
        assertThat(awaitResponse(command("UADMIN", "match eng").responseUrl()).body()).contains("introduced");

        Sent rematch = command("URED", "rematch");
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(rematch.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.rematch");
        assertThat(modal.toString()).contains("as not a good fit");

        JsonNode done = new Sent(requests().send(SlackRequests.interaction("view-submission-rematch.json", Map.of("user_id", "URED",
                "user_name", "ured", "trigger_id", unique("trigger.rematch."), "view_id", unique("VREMATCH"),
                "context", modal.path("private_metadata").asText(), "note", "Different rhythms."))), "", "").json();
        assertThat(done.toString()).contains("has ended as not a good fit");
        assertThat(awaitOne("chat.postMessage", c -> c.param("channel").equals("URMAYA") && c.param("text").contains("has ended"))
                .param("text")).contains("nobody's fault");
        assertThat(awaitOne("chat.postMessage", c -> c.param("channel").equals("UADMIN") && c.param("text").contains("not a good fit"))
                .param("text")).contains("Different rhythms.");
    }

    @Test
    void aCirclesCheckInReachesEveryMemberInOneGroupDmAndOneAnswerCountsForTheCircle() {
        joinProgram("UKMAYA", "circle", Map.of("role", "mentor", "skills_offered", "elixir", "level", "6", "capacity", "3"));
        for (String mentee : List.of("UKED", "UKANA", "UKLEO")) {
            joinProgram(mentee, "circle", Map.of("role", "mentee", "skills_wanted", "elixir"));
        }
        assertThat(awaitResponse(command("UADMIN", "match circle").responseUrl()).body()).contains("3 new pairs introduced");

        assertThat(awaitResponse(command("UADMIN", "nudge circle").responseUrl()).body()).contains("Check-in sent to 1 pair");
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("blocks").contains("checkin.met")
                && c.param("text").contains("circle with"));
        String group = prompt.param("channel");
        FakeSlackApi.Call opened = awaitOne("conversations.open", c -> group.equals(FakeSlackApi.groupOf(c.param("users"))));
        assertThat(opened.param("users").split(",")).containsExactlyInAnyOrder("UKMAYA", "UKED", "UKANA", "UKLEO");
        assertThat(prompt.param("text")).contains("One answer counts for the circle");

        String checkIn = SlackJourneyIT.buttonValue(prompt.json("blocks"), "checkin.not_yet");
        Sent answered = click("UKANA", "checkin.not_yet", checkIn, group, "1700000600.000100");
        JsonNode answer = awaitResponse(answered.responseUrl()).json(null);
        assertThat(answer.path("replace_original").asBoolean()).as("the group DM's message is updated for everyone").isTrue();
        assertThat(answer.path("text").asText()).contains("answered: Not yet");
        Sent late = click("UKLEO", "checkin.met", checkIn, group, "1700000600.000100");
        assertThat(awaitResponse(late.responseUrl()).body()).contains("already answered");
    }

    private void joinProgram(String user, String slug, Map<String, String> fields) {
        Sent opened = command(user, "join " + slug);
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId())).json("view");
        JsonNode welcome = new Sent(requests().send(joinBody(user, fields, modal.path("private_metadata").asText())), "", "").json();
        assertThat(welcome.toString()).contains("Welcome");
    }
}
