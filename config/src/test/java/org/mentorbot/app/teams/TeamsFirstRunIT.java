package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.test.context.TestPropertySource;

/**
 * A first run in Teams that says what it does: languages stored as codes and an unknown one
 * named; delete me asked first, with Cancel and Confirm on the card, each answer taking the
 * card's place; an answered check-in keeps the pair's names; an answered poll loses its button.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-teams-first-run")
class TeamsFirstRunIT extends TeamsEndToEnd {

    private final Person uma = new Person("Uma Mentor", "aad-fr-uma", "a:1fr-uma-chat");
    private final Person vic = new Person("Vic Mentee", "aad-fr-vic", "a:1fr-vic-chat");
    private final Person wes = new Person("Wes Leaver", "aad-fr-wes", "a:1fr-wes-chat");

    @Test
    void languagesAreCodesAndAnUnknownOneIsNamed() throws Exception {
        install(wes);
        Call refused = submitJoin(wes, "mentee", "", "elixir-first-run", "en, klingon");
        assertThat(refused.text()).contains("Languages", "'klingon'");
        assertThat(stores.participants().find(new ParticipantId(wes.participantId()))).as("nothing saved").isEmpty();

        submitJoin(wes, "mentee", "", "elixir-first-run", "English, de-DE");
        assertThat(stores.participants().find(new ParticipantId(wes.participantId())).orElseThrow().profile().languages())
                .containsExactly("en", "de");
    }

    @Test
    void deleteMeAsksFirstCancelChangesNothingAndConfirmErases() throws Exception {
        install(wes);
        submitJoin(wes, "mentee", "", "erlang-first-run", "en");
        ParticipantId id = new ParticipantId(wes.participantId());

        send(wes, "message-join", "delete me");
        Call question = awaitOne(wes, c -> c.text().contains("privacy.delete_confirm"));
        assertThat(question.text()).contains("Erase everything", "confirm.cancel");

        assertThat(teams.post(press(wes, "confirm.cancel", "", question.answeredId())).statusCode()).isEqualTo(200);
        Call cancelled = awaitOne(wes, c -> c.method().equals("PUT") && c.text().contains("nothing changed"));
        assertThat(cancelled.activityId()).isEqualTo(question.answeredId());
        assertThat(stores.participants().find(id)).isPresent();

        assertThat(teams.post(press(wes, "privacy.delete_confirm", "", question.answeredId())).statusCode()).isEqualTo(200);
        Call erased = awaitOne(wes, c -> c.method().equals("PUT") && c.text().contains("erased"));
        assertThat(erased.text()).doesNotContain("privacy.delete_confirm");
        assertThat(stores.participants().find(id)).isEmpty();
    }

    @Test
    void anAnsweredCheckInKeepsTheNamesAndAnAnsweredPollLosesItsButton() throws Exception {
        install(uma);
        install(vic);
        install(carol);
        submitJoin(uma, "mentor", "haskell-first-run", "", "English");
        submitJoin(vic, "mentee", "", "haskell-first-run", "en-GB");
        send(carol, "message-admin-match", "match");
        awaitOne(vic, c -> c.text().contains("Meet your mentoring partner"));

        send(carol, "message-admin-match", "nudge");
        awaitOne(carol, c -> c.text().contains("Check-in sent to"));
        Call checkIn = awaitOne(vic, c -> c.text().contains("checkin.met"));
        String checkInId = Cards.submitData(Cards.card(checkIn), "actionId", "checkin.met").orElseThrow().path("value").asText();
        teams.post(press(vic, "checkin.met", checkInId, checkIn.answeredId()));
        Call answered = awaitOne(vic, c -> c.method().equals("PUT") && c.text().contains("answered: We met"));
        assertThat(answered.text()).contains("Uma Mentor (mentor) and Vic Mentee (mentee)");

        send(carol, "message-admin-match", "poll");
        awaitOne(carol, c -> c.text().contains("Feedback poll sent to"));
        Call poll = awaitOne(vic, c -> c.text().contains("feedback.open"));
        String pollId = Cards.submitData(Cards.card(poll), "actionId", "feedback.open").orElseThrow().path("value").asText();
        teams.post(press(vic, "feedback.open", pollId, poll.answeredId()));
        Call form = awaitOne(vic, c -> c.method().equals("PUT") && c.text().contains("form.feedback"));
        assertThat(form.activityId()).as("the form takes the poll's place").isEqualTo(poll.answeredId());

        ObjectNode answer = teams.from(vic, "submit-poll-form");
        ((ObjectNode) answer.get("value")).put("context", pollId);
        answer.put("replyToId", poll.answeredId());
        teams.post(answer);
        Call thanked = awaitOne(vic, c -> c.method().equals("PUT") && c.text().contains("Thank you for your feedback"));
        assertThat(thanked.activityId()).isEqualTo(poll.answeredId());
        assertThat(thanked.text()).doesNotContain("feedback.open", "Action.Submit");
    }

    private ObjectNode press(Person person, String actionId, String value, String cardId) {
        ObjectNode press = teams.from(person, "submit-checkin");
        ((ObjectNode) press.get("value")).put("actionId", actionId).put("value", value);
        press.put("replyToId", cardId);
        return press;
    }

    /** Sends the join card back filled in and returns the bot's answer to it. */
    private Call submitJoin(Person person, String role, String offered, String wanted, String languages) throws Exception {
        int before = connector.acceptedIn(person.conversationId()).size();
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", role).put("skillsOffered", offered).put("skillsWanted", wanted)
                .put("languages", languages).put("level", role.equals("mentor") ? "6" : "2").put("capacity", "2");
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        return connector.await(c -> c.conversationId().equals(person.conversationId()), before + 1, WAIT).get(before);
    }
}
