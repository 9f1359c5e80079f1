package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two programs from a programs file, in Teams: the welcome lists them, "join" asks which with a
 * button each, the button brings that program's card with its objectives, and the card sent
 * back enrols the person in that program.
 */
class TeamsProgramsIT extends TeamsEndToEnd {

    private final Person dana = new Person("Dana Example", "aad-dana", "a:1dana-personal-chat");

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> org.mentorbot.app.slack.ProgramFiles.copy("/programs/two-programs.yml"));
    }

    @Test
    void aPersonSeesTheProgramsPicksOneAndJoinsIt() throws Exception {
        install(dana);
        awaitOne(dana, c -> c.text().contains("Engineering mentoring (eng)") && c.text().contains("New managers cohort (leaders)"));

        send(dana, "message-join", "join");
        Call which = awaitOne(dana, c -> c.text().contains("Which program?"));
        JsonNode choice = Cards.submitData(Cards.card(which), "value", "join eng").orElseThrow();
        assertThat(choice.path("actionId").asText()).isEqualTo("command.run");

        ObjectNode press = teams.from(dana, "submit-poll-button");
        press.set("value", choice);
        press.put("replyToId", which.answeredId());
        assertThat(teams.post(press).statusCode()).isEqualTo(200);
        Call form = awaitOne(dana, c -> c.text().contains("form.join"));
        assertThat(form.text()).contains("You are joining Engineering mentoring", "Grow engineers into technical leaders");
        String context = Cards.submitData(Cards.card(form), "formId", "form.join").orElseThrow().path("context").asText();
        assertThat(context).isEqualTo("eng~");

        ObjectNode submit = teams.from(dana, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("context", context).put("role", "mentee").put("skillsWanted", "go");
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(dana, c -> c.text().contains("Welcome"));

        send(dana, "message-join", "programs");
        awaitOne(dana, c -> c.text().contains("You take part as a mentee"));
    }
}
