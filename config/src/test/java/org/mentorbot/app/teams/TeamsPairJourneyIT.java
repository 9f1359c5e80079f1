package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;

/**
 * The pair's journey in Teams: the goals card from the introduction's button (a goal too long is
 * answered naming the field), the meeting log from the "we met" answer, and {@code progress}.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-pair-journey")
class TeamsPairJourneyIT extends TeamsEndToEnd {

    private final Person pia = new Person("Pia Example", "aad-pia", "a:1pia-personal-chat");
    private final Person quinn = new Person("Quinn Example", "aad-quinn", "a:1quinn-personal-chat");

    @Test
    void goalsFromTheIntroductionAMeetingFromWeMetAndProgress() throws Exception {
        for (Person person : List.of(pia, quinn, carol)) {
            install(person);
        }
        join(pia, "mentor", "fortran-journey", "");
        join(quinn, "mentee", "", "fortran-journey");
        send(carol, "message-admin-match", "match");

        Call intro = awaitOne(quinn, c -> c.text().contains("Meet your mentoring partner") && c.text().contains("Pia Example"));
        String pair = Cards.submitData(Cards.card(intro), "actionId", "journey.goals").orElseThrow().path("value").asText();
        Call goalsCard = press(quinn, "journey.goals", pair, intro, "form.goals");
        String context = Cards.submitData(Cards.card(goalsCard), "formId", "form.goals").orElseThrow().path("context").asText();

        submit(quinn, goalsCard, Map.of("formId", "form.goals", "context", context, "goal1", "x".repeat(5_000)));
        awaitOne(quinn, c -> c.text().contains("Goal 1: use at most 300 characters"));
        submit(quinn, goalsCard, Map.of("formId", "form.goals", "context", context,
                "goal1", "Port the billing job to Java", "by1", "May", "status1", "in-progress"));
        awaitOne(quinn, c -> c.text().contains("Goals saved: 1"));
        awaitOne(pia, c -> c.text().contains("Quinn Example updated your mentoring goals"));

        send(carol, "message-admin-match", "nudge");
        awaitOne(carol, c -> c.text().contains("Check-in sent to"));
        Call checkIn = awaitOne(quinn, c -> c.text().contains("checkin.met"));
        String checkInId = Cards.submitData(Cards.card(checkIn), "actionId", "checkin.met").orElseThrow().path("value").asText();
        ObjectNode met = teams.from(quinn, "submit-checkin");
        ((ObjectNode) met.get("value")).put("actionId", "checkin.met").put("value", checkInId);
        met.put("replyToId", checkIn.answeredId());
        assertThat(teams.post(met).statusCode()).isEqualTo(200);
        Call answered = awaitOne(quinn, c -> c.method().equals("PUT") && c.text().contains("journey.log"));
        String logValue = Cards.submitData(Cards.card(answered), "actionId", "journey.log").orElseThrow().path("value").asText();

        Call logCard = press(quinn, "journey.log", logValue, answered, "form.meeting");
        String logContext = Cards.submitData(Cards.card(logCard), "formId", "form.meeting").orElseThrow().path("context").asText();
        submit(quinn, logCard, Map.of("formId", "form.meeting", "context", logContext,
                "date", LocalDate.now(ZoneOffset.UTC).toString(), "minutes", "45", "goalsTouched", "1", "notes", "Private words"));
        awaitOne(quinn, c -> c.text().contains("Meeting logged"));

        send(quinn, "message-join", "progress");
        Call progress = awaitOne(quinn, c -> c.text().contains("Your mentoring: Pia Example and Quinn Example"));
        assertThat(progress.text()).contains("Port the billing job to Java", "in progress", "Meetings logged", "Private words");
        assertThat(connector.acceptedIn(carol.conversationId())).noneMatch(c -> c.text().contains("Private words"));
    }

    private Call press(Person person, String actionId, String value, Call on, String expectedForm) throws Exception {
        ObjectNode press = teams.from(person, "submit-poll-button");
        ((ObjectNode) press.get("value")).put("actionId", actionId).put("value", value);
        press.put("replyToId", on.answeredId());
        assertThat(teams.post(press).statusCode()).isEqualTo(200);
        return awaitOne(person, c -> c.text().contains(expectedForm));
    }

    private void submit(Person person, Call form, Map<String, String> values) throws Exception {
        ObjectNode submit = teams.from(person, "submit-poll-form");
        ObjectNode value = submit.putObject("value");
        values.forEach(value::put);
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
    }

    private void join(Person person, String role, String offered, String wanted) throws Exception {
        send(person, "message-join", "join");
        Call form = awaitOne(person, c -> c.text().contains("form.join"));
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", role).put("skillsOffered", offered).put("skillsWanted", wanted)
                .put("timezone", "UTC");
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome to the mentoring program"));
    }
}
