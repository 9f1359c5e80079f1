package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;

/**
 * The program over Teams, end to end: the real app in local mode receives Teams-shaped
 * activities over HTTP and answers through a fake Bot Connector. People install the bot and
 * join through the enrollment card, an admin runs a matching round (each partner gets the
 * introduction in their own chat), a check-in is answered (twice, counted once) and a poll too,
 * and the admin reads the stats in a channel.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsJourneyIT extends TeamsEndToEnd {

    private final Person alice = new Person("Alice Example", "aad-alice", "a:1alice-personal-chat");
    private final Person bob = new Person("Bob Example", "aad-bob", "a:1bob-personal-chat");

    @Test
    @Order(1)
    void installJoinMatchCheckInPollAndStats() throws Exception {
        for (Person person : List.of(alice, bob, carol)) {
            install(person);
        }
        join(alice, "mentor", "java, testing", "");
        join(bob, "mentee", "", "java");

        send(carol, "message-admin-match", "match");
        Call aliceIntro = awaitOne(alice, c -> c.text().contains("Meet your mentoring partner"));
        Call bobIntro = awaitOne(bob, c -> c.text().contains("Meet your mentoring partner"));
        assertThat(List.of(aliceIntro, bobIntro)).allSatisfy(intro -> {
            assertThat(intro.method()).isEqualTo("POST");
            assertThat(intro.activityId()).as("a proactive message, not a reply").isNull();
            assertThat(intro.text()).contains("Alice Example will mentor Bob Example");
        });

        send(carol, "message-admin-match", "nudge");
        Call checkIn = awaitOne(alice, c -> c.text().contains("checkin.met"));
        awaitOne(bob, c -> c.text().contains("checkin.met"));
        awaitOne(carol, c -> c.text().contains("Check-in sent to"));
        String checkInId = Cards.submitData(Cards.card(checkIn), "actionId", "checkin.met").orElseThrow().path("value").asText();

        ObjectNode answer = teams.from(alice, "submit-checkin");
        ((ObjectNode) answer.get("value")).put("value", checkInId);
        answer.put("replyToId", checkIn.answeredId());
        assertThat(teams.post(answer).statusCode()).isEqualTo(200);
        Call updated = awaitOne(alice, c -> c.method().equals("PUT"));
        assertThat(updated.activityId()).isEqualTo(checkIn.answeredId());
        assertThat(updated.text()).contains("Alice Example answered: We met").doesNotContain("checkin.met");

        pollAndAnswer();
        send(carol, "message-admin-stats-in-channel", "<at>Mentorbot</at> stats");
        Call stats = connector.await(c -> c.conversationId().startsWith("19:program-general") && c.text().contains("FactSet"), 1, WAIT).get(0);
        assertThat(stats.body().path("summary").asText())
                .contains("Mentors: 1", "Mentees: 1", "Active pairs: 1", "Check-ins sent: 1", "Check-ins answered: 1",
                        "Feedback responses: 1");
    }

    @Test
    @Order(2)
    void aCheckInCardSubmittedTwiceRecordsOneAnswer() throws Exception {
        send(carol, "message-admin-match", "nudge");
        Call checkIn = connector.await(c -> c.conversationId().equals(bob.conversationId()) && c.text().contains("checkin.met"), 2, WAIT).get(1);
        connector.await(c -> c.conversationId().equals(carol.conversationId()) && c.text().contains("Check-in sent to"), 2, WAIT);
        String checkInId = Cards.submitData(Cards.card(checkIn), "actionId", "checkin.met").orElseThrow().path("value").asText();

        for (int press = 0; press < 2; press++) {
            ObjectNode answer = teams.from(bob, "submit-checkin");
            ((ObjectNode) answer.get("value")).put("actionId", press == 0 ? "checkin.not_yet" : "checkin.met").put("value", checkInId);
            answer.put("replyToId", checkIn.answeredId());
            assertThat(teams.post(answer).statusCode()).isEqualTo(200);
        }

        List<Call> updates = connector.await(c -> c.method().equals("PUT") && checkIn.answeredId().equals(c.activityId()), 1, WAIT);
        assertThat(updates).singleElement().satisfies(u -> assertThat(u.text()).contains("Bob Example answered: Not yet"));
        Call late = awaitOne(bob, c -> c.method().equals("POST") && c.text().contains("already answered by Bob Example: Not yet"));
        assertThat(late.activityId()).as("a reply of its own; the card keeps the first answer").isNotEqualTo(checkIn.answeredId());
        assertThat(connector.calls()).filteredOn(c -> c.method().equals("PUT") && checkIn.answeredId().equals(c.activityId())).hasSize(1);
        send(carol, "message-admin-stats-in-channel", "<at>Mentorbot</at> stats");
        Call stats = connector.await(c -> c.conversationId().startsWith("19:program-general") && c.text().contains("FactSet"), 2, WAIT).get(1);
        assertThat(stats.body().path("summary").asText()).contains("Check-ins sent: 2", "Check-ins answered: 2");
    }

    @Test
    @Order(3)
    void aParticipantTheBotCannotReachIsReportedToTheAdmins() throws Exception {
        Person dave = new Person("Dave Example", "aad-dave", "a:1dave-personal-chat");
        Person erin = new Person("Erin Example", "aad-erin", "a:1erin-personal-chat");
        install(dave);
        install(erin);
        join(dave, "mentee", "", "cobol");
        join(erin, "mentor", "cobol", "");
        stores.addresses().forget(new ParticipantId(dave.participantId()));

        send(carol, "message-admin-match", "match");

        awaitOne(erin, c -> c.text().contains("Meet your mentoring partner"));
        Call alert = awaitOne(carol, c -> c.text().contains("could not deliver") && c.text().contains("teams:aad-dave"));
        assertThat(alert.text()).contains("introduction");
        assertThat(connector.acceptedIn(dave.conversationId())).noneMatch(c -> c.text().contains("Meet your mentoring partner"));
    }

    private void pollAndAnswer() throws Exception {
        send(carol, "message-admin-match", "poll");
        Call poll = awaitOne(alice, c -> c.text().contains("feedback.open"));
        awaitOne(bob, c -> c.text().contains("feedback.open"));
        awaitOne(carol, c -> c.text().contains("Feedback poll sent to"));
        String pollId = Cards.submitData(Cards.card(poll), "actionId", "feedback.open").orElseThrow().path("value").asText();

        ObjectNode open = teams.from(alice, "submit-poll-button");
        ((ObjectNode) open.get("value")).put("value", pollId);
        assertThat(teams.post(open).statusCode()).isEqualTo(200);
        Call form = awaitOne(alice, c -> c.text().contains("form.feedback"));
        JsonNode submit = Cards.submitData(Cards.card(form), "formId", "form.feedback").orElseThrow();
        assertThat(submit.path("context").asText()).isEqualTo(pollId);
        assertThat(Cards.input(Cards.card(form), "rating")).get().extracting(n -> n.path("type").asText()).isEqualTo("Input.ChoiceSet");

        ObjectNode answer = teams.from(alice, "submit-poll-form");
        ((ObjectNode) answer.get("value")).put("context", pollId);
        assertThat(teams.post(answer).statusCode()).isEqualTo(200);
        awaitOne(alice, c -> c.text().contains("Thank"));
    }

    /** Installing also greets the person, in answer to the install, and remembers their chat. */
    @Override
    void install(Person person) throws Exception {
        super.install(person);
        Call welcome = awaitOne(person, c -> c.text().contains("Mentorbot"));
        assertThat(welcome.activityId()).as("the welcome answers the install").isNotNull();
        assertThat(stores.addresses().addressOf(new ParticipantId(person.participantId()))).isPresent();
    }

    private void join(Person person, String role, String offered, String wanted) throws Exception {
        send(person, "message-join", "join");
        Call form = awaitOne(person, c -> c.text().contains("form.join"));
        JsonNode card = Cards.card(form);
        assertThat(Cards.input(card, "role")).get().extracting(n -> n.path("type").asText()).isEqualTo("Input.ChoiceSet");
        assertThat(Cards.input(card, "timezone")).get().extracting(n -> n.path("value").asText())
                .as("pre-filled from the activity's localTimezone").isEqualTo("Europe/Berlin");

        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", role).put("skillsOffered", offered).put("skillsWanted", wanted);
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome to the mentoring program"));
    }
}
