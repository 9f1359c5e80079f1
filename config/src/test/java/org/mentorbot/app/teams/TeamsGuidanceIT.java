package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guidance and recognition in Teams: the join confirmation brings the role's guide,
 * {@code resources} the guides for the role, and a thank-you reaches the partner in their own
 * chat. The program's channel is a Teams channel, where the bot does not post yet: opting in says
 * so, and recognition stays in direct messages.
 */
class TeamsGuidanceIT extends TeamsEndToEnd {

    private final Person gina = new Person("Gina Example", "aad-gina", "a:1gina-personal-chat");
    private final Person hugo = new Person("Hugo Example", "aad-hugo", "a:1hugo-personal-chat");

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> org.mentorbot.app.slack.ProgramFiles.copy("/programs/guidance-teams.yml"));
    }

    @Test
    void guidesAndThanksReachPeopleInTheirChats() throws Exception {
        for (Person person : List.of(gina, hugo, carol)) {
            install(person);
        }
        assertThat(join(gina, "mentor", "go", "").text()).contains("What is expected of a mentor");
        assertThat(join(hugo, "mentee", "", "go").text()).contains("What is expected of a mentee");

        send(hugo, "message-join", "resources");
        Call guides = awaitOne(hugo, c -> c.text().contains("Guides for you as a mentee"));
        assertThat(guides.text()).contains("Your first meeting: an agenda", "How to close well").doesNotContain("What is expected of a mentor");

        send(gina, "message-join", "recognition on");
        assertThat(awaitOne(gina, c -> c.text().contains("may now be recognised")).text()).contains("not supported yet");

        send(hugo, "message-join", "thanks for the start");
        awaitOne(hugo, c -> c.text().contains("no partner"));

        send(carol, "message-admin-match", "match");
        awaitOne(gina, c -> c.text().contains("Your first meeting"));
        send(hugo, "message-join", "<at>Mentorbot</at> thanks");
        assertThat(awaitOne(hugo, c -> c.text().contains("form.thanks")).text()).contains("Thank Gina Example");
        send(hugo, "message-join", "thanks for the <b>great</b> start");
        awaitOne(hugo, c -> c.text().contains("Your thanks went to Gina Example"));
        Call received = awaitOne(gina, c -> c.text().contains("says thank you"));
        assertThat(received.text()).contains("Hugo Example says thank you", "great");
        assertThat(connector.calls()).noneMatch(c -> c.conversationId().contains("program-recognition"));
    }

    private Call join(Person person, String role, String offered, String wanted) throws Exception {
        send(person, "message-join", "join");
        Call form = awaitOne(person, c -> c.text().contains("form.join"));
        String context = Cards.submitData(Cards.card(form), "formId", "form.join").orElseThrow().path("context").asText();
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("context", context).put("role", role).put("skillsOffered", offered)
                .put("skillsWanted", wanted);
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        return awaitOne(person, c -> c.text().contains("Welcome"));
    }
}
