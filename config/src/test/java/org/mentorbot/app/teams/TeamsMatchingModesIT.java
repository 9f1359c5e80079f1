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
 * The matching modes in Teams: a mentee requests a suggested mentor from a card, one mentor
 * accepts (both get the introduction) and another declines (the mentee hears it kindly, with
 * fresh suggestions); "rematch" brings the not-a-good-fit form, and sending it ends the pairing
 * and tells the partner.
 */
class TeamsMatchingModesIT extends TeamsEndToEnd {

    private final Person maya = new Person("Maya Mentor", "aad-tmaya", "a:1tmaya-personal-chat");
    private final Person rui = new Person("Rui Mentor", "aad-trui", "a:1trui-personal-chat");
    private final Person ed = new Person("Ed Mentee", "aad-ted", "a:1ted-personal-chat");
    private final Person ana = new Person("Ana Mentee", "aad-tana", "a:1tana-personal-chat");
    private final Person sam = new Person("Sam Mentor", "aad-tsam", "a:1tsam-personal-chat");
    private final Person lea = new Person("Lea Mentee", "aad-tlea", "a:1tlea-personal-chat");

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> org.mentorbot.app.slack.ProgramFiles.copy("/programs/matching-modes.yml"));
    }

    @Test
    void aMenteeRequestsFromACardOneMentorAcceptsAnotherDeclines() throws Exception {
        join(maya, "pick", "mentor", "go", "");
        join(rui, "pick", "mentor", "go", "");
        join(ed, "pick", "mentee", "", "go");
        join(ana, "pick", "mentee", "", "go");

        send(ed, "message-join", "suggestions");
        Call suggestions = awaitOne(ed, c -> c.text().contains("Mentors for you"));
        press(ed, suggestions, "choice.request", "pick~teams:aad-tmaya");
        awaitOne(ed, c -> c.text().contains("Request sent to Maya Mentor"));
        Call ask = awaitOne(maya, c -> c.text().contains("would like you as their mentor"));
        press(maya, ask, "choice.accept", null);
        awaitOne(maya, c -> c.text().contains("You accepted Ed Mentee"));
        awaitOne(ed, c -> c.text().contains("Meet your mentoring partner"));
        awaitOne(maya, c -> c.text().contains("Meet your mentoring partner"));

        send(ana, "message-join", "suggestions");
        Call forAna = awaitOne(ana, c -> c.text().contains("Mentors for you"));
        assertThat(forAna.text()).contains("pick~teams:aad-trui").doesNotContain("pick~teams:aad-tmaya");
        press(ana, forAna, "choice.request", "pick~teams:aad-trui");
        Call askRui = awaitOne(rui, c -> c.text().contains("would like you as their mentor"));
        press(rui, askRui, "choice.decline", null);
        awaitOne(rui, c -> c.text().contains("Thanks for letting us know"));
        awaitOne(ana, c -> c.text().contains("cannot take on a mentee right now") && c.text().contains("not about you"));
    }

    @Test
    void rematchBringsTheFormAndSendingItEndsThePairingKindly() throws Exception {
        join(sam, "eng", "mentor", "rust", "");
        join(lea, "eng", "mentee", "", "rust");
        send(carol, "message-admin-match", "match eng");
        awaitOne(lea, c -> c.text().contains("Meet your mentoring partner"));

        send(lea, "message-join", "rematch");
        Call form = awaitOne(lea, c -> c.text().contains("form.rematch"));
        String context = Cards.submitData(Cards.card(form), "formId", "form.rematch").orElseThrow().path("context").asText();

        ObjectNode submit = teams.from(lea, "submit-rematch-form");
        ((ObjectNode) submit.get("value")).put("context", context);
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(lea, c -> c.text().contains("has ended as not a good fit"));
        awaitOne(sam, c -> c.text().contains("nobody's fault"));
        awaitOne(carol, c -> c.text().contains("Different rhythms."));
    }

    /** Presses the card's button with {@code actionId} (and {@code value}, when several share the id). */
    private void press(Person who, Call card, String actionId, String value) throws Exception {
        JsonNode data = (value == null ? Cards.submitData(Cards.card(card), "actionId", actionId)
                : Cards.submitData(Cards.card(card), "value", value)).orElseThrow();
        assertThat(data.path("actionId").asText()).isEqualTo(actionId);
        ObjectNode press = teams.from(who, "submit-poll-button");
        press.set("value", data);
        press.put("replyToId", card.answeredId());
        assertThat(teams.post(press).statusCode()).isEqualTo(200);
    }

    private void join(Person person, String slug, String role, String offered, String wanted) throws Exception {
        install(person);
        send(person, "message-join", "join " + slug);
        Call form = awaitOne(person, c -> c.text().contains("form.join"));
        String context = Cards.submitData(Cards.card(form), "formId", "form.join").orElseThrow().path("context").asText();
        ObjectNode submit = teams.from(person, "submit-join-form");
        ((ObjectNode) submit.get("value")).put("context", context).put("role", role).put("skillsOffered", offered)
                .put("skillsWanted", wanted).put("level", role.equals("mentor") ? "6" : "3");
        submit.put("replyToId", form.answeredId());
        assertThat(teams.post(submit).statusCode()).isEqualTo(200);
        awaitOne(person, c -> c.text().contains("Welcome"));
    }
}
