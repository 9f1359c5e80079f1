package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.springframework.test.context.TestPropertySource;

/**
 * The end survey in Teams: closing the program puts it to each partner's chat as a card with a
 * button; the button answers with a card of choice sets, one per question; a submitted card is
 * recorded once. The program is closed, so this class has an application of its own.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-teams-survey")
class TeamsSurveyIT extends TeamsEndToEnd {

    private final Person dana = new Person("Dana Example", "aad-dana", "a:1dana-personal-chat");
    private final Person eli = new Person("Eli Example", "aad-eli", "a:1eli-personal-chat");

    @Test
    void closingTheProgramAsksTheEndSurveyAnsweredOnceInACard() throws Exception {
        for (Person person : List.of(dana, eli, carol)) {
            install(person);
        }
        join(dana, "mentor", "survey-skill", "");
        join(eli, "mentee", "", "survey-skill");
        send(carol, "message-admin-match", "match");
        awaitOne(eli, c -> c.text().contains("Meet your mentoring partner"));

        send(carol, "message-admin-match", "program close");
        awaitOne(carol, c -> c.text().contains("the end survey to 2 people"));
        Call invite = awaitOne(eli, c -> c.text().contains("survey.open"));
        assertThat(invite.text()).contains("closing survey");
        String stage = Cards.submitData(Cards.card(invite), "actionId", "survey.open").orElseThrow().path("value").asText();
        assertThat(stage).isEqualTo("end");

        ObjectNode open = teams.from(eli, "submit-poll-button");
        ((ObjectNode) open.get("value")).put("actionId", "survey.open").put("value", stage);
        assertThat(teams.post(open).statusCode()).isEqualTo(200);
        Call form = awaitOne(eli, c -> c.text().contains("form.survey"));
        JsonNode card = Cards.card(form);
        for (String question : List.of("satisfaction", "recommend", "progress", "confidence", "promotion", "stay")) {
            assertThat(Cards.input(card, question)).as(question).get().extracting(n -> n.path("type").asText())
                    .isEqualTo("Input.ChoiceSet");
        }
        assertThat(Cards.input(card, "recommend").orElseThrow().path("choices")).hasSize(11);

        for (int press = 0; press < 2; press++) {
            ObjectNode answer = teams.from(eli, "submit-poll-form");
            ObjectNode value = (ObjectNode) answer.get("value");
            value.removeAll();
            value.put("formId", "form.survey").put("context", stage).put("satisfaction", "4").put("recommend", "9")
                    .put("progress", "3").put("confidence", "4").put("promotion", "1").put("stay", "5");
            assertThat(teams.post(answer).statusCode()).isEqualTo(200);
        }
        awaitOne(eli, c -> c.text().contains("Thank you, your answers are in"));
        awaitOne(eli, c -> c.text().contains("answered this survey already"));
        assertThat(stores.surveys().responses()).singleElement().satisfies(r -> {
            assertThat(r.person().value()).isEqualTo("teams:aad-eli");
            assertThat(r.answers()).containsEntry("recommend", 9).containsEntry("promotion", 1);
        });
    }

    private void join(Person person, String role, String offered, String wanted) throws Exception {
        send(person, "message-join", "join");
        Call form = awaitOne(person, c -> c.text().contains("form.join"));
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("role", role).put("skillsOffered", offered).put("skillsWanted", wanted);
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome to the mentoring program"));
    }
}
