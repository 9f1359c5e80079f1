package org.mentorbot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.teams.TeamsJson;

/** Replies become Adaptive Cards whose submits come back as the same Inbound, and person text stays text. */
class ReplyCardsTest {

    private final ObjectMapper json = TeamsJson.mapper();
    private final Actor alice = Actor.of(ParticipantId.of("teams", "aad-alice"), "Alice");

    @Test
    void blocksBecomeTextBlocksFactsAndSubmitButtons() {
        Reply reply = Reply.builder().header("Check-in").text("Have you met?")
                .fields(List.of(new Block.Field("Mentors", "3")))
                .buttons(List.of(new Block.Button("We met", "checkin.met", "c-1", Block.Style.PRIMARY))).build();

        JsonNode card = json.valueToTree(new ReplyCards().card(reply));

        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.5");
        assertThat(card.path("fallbackText").asText()).isEqualTo(TeamsText.forCard(reply.fallback()));
        JsonNode body = card.path("body");
        assertThat(body.get(0).path("type").asText()).isEqualTo("TextBlock");
        assertThat(body.get(0).path("weight").asText()).isEqualTo("Bolder");
        assertThat(body.get(2).path("type").asText()).isEqualTo("FactSet");
        assertThat(body.get(2).path("facts").get(0).path("value").asText()).isEqualTo("3");
        JsonNode button = body.get(3).path("actions").get(0);
        assertThat(button.path("type").asText()).isEqualTo("Action.Submit");
        assertThat(button.path("style").asText()).isEqualTo("positive");
        assertThat(new CardSubmits(json).read(alice, button.path("data")))
                .contains(new Inbound.ButtonPressed(alice, "checkin.met", "c-1"));
    }

    @Test
    void aFormBecomesTypedInputsWhoseSubmitComesBackAsFormSubmitted() {
        Form form = new Form("form.feedback", "Feedback", "Send", "poll-9", List.of(
                new Form.Input("rating", "Rating", Form.Kind.SELECT, true, "", List.of(new Form.Choice("Great", "5")), 0, ""),
                new Form.Input("comment", "Comment", Form.Kind.MULTILINE, false, "", List.of(), 500, "optional"),
                new Form.Input("level", "Level", Form.Kind.NUMBER, true, "3", List.of(), 2, "")));

        JsonNode body = json.valueToTree(new ReplyCards().card(Reply.builder().form(form).build())).path("body");

        assertThat(body.findValuesAsText("type")).contains("Input.ChoiceSet", "Input.Text", "Input.Number");
        JsonNode comment = body.findParents("id").stream().filter(n -> n.path("id").asText().equals("comment")).findFirst().orElseThrow();
        assertThat(comment.path("isMultiline").asBoolean()).isTrue();
        assertThat(comment.path("maxLength").asInt()).isEqualTo(500);
        JsonNode submit = body.get(body.size() - 1).path("actions").get(0).path("data");
        assertThat(submit.path("formId").asText()).isEqualTo("form.feedback");
        assertThat(submit.path("context").asText()).isEqualTo("poll-9");

        Map<String, Object> posted = Map.of("formId", "form.feedback", "context", "poll-9", "rating", "5", "comment", "good",
                "msteams", Map.of("type", "messageBack"));
        assertThat(new CardSubmits(json).read(alice, posted))
                .contains(new Inbound.FormSubmitted(alice, "form.feedback", "poll-9", Map.of("rating", "5", "comment", "good")));
    }

    @Test
    void aValueThatIsNoMentorbotCardIsNotAnInbound() {
        assertThat(new CardSubmits(json).read(alice, Map.of("something", "else"))).isEqualTo(Optional.empty());
        assertThat(new CardSubmits(json).read(alice, "text")).isEmpty();
    }

    @Test
    void textWithMarkupStaysLiteralInAJsonCard() {
        String typed = "Bob \"<at>x</at>\" [click](http://evil) **bold** } {";
        JsonNode card = json.valueToTree(new ReplyCards().card(Reply.builder().header("Hi").text(typed).build()));

        assertThat(card.path("body").get(1).path("text").asText())
                .isEqualTo("Bob \"x\" \\[click\\](http://evil) \\*\\*bold\\*\\* } {");
    }

    @Test
    void aNameWithALinkAndAMentionReachesNobodyAsMarkupInSummaryFallbackOrFields() {
        String name = "<at>Everyone</at> [Eve](https://evil.example)";
        Reply reply = Reply.builder().header("Meet " + name).fields(List.of(new Block.Field("Mentor", name)))
                .buttons(List.of(new Block.Button("Thank " + name, "thanks", "1", Block.Style.DEFAULT))).build();

        Activity activity = new ReplyActivities(json).message(reply);
        JsonNode card = json.valueToTree(activity.getAttachments().get(0).getContent());

        String shown = "Everyone \\[Eve\\](https://evil.example)";
        assertThat(activity.getSummary()).isEqualTo("Meet " + shown + "\nMentor: " + shown);
        assertThat(card.path("fallbackText").asText()).isEqualTo(activity.getSummary());
        assertThat(card.toString()).doesNotContainIgnoringCase("<at>").doesNotContainIgnoringCase("</at>");
        assertThat(card.path("body").get(1).path("facts").get(0).path("value").asText()).isEqualTo(shown);
        assertThat(card.path("body").get(2).path("actions").get(0).path("title").asText())
                .as("a button's title is shown as it is, never as Markdown").isEqualTo("Thank Everyone [Eve](https://evil.example)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<at>Bob</at>|Bob",
            "<AT>Bob</At >|Bob",
            "< at id=\"0\">Bob< /at>|Bob",
            "<a<at>t>Bob</a</at>t>|Bob",
            "<at/>Bob|Bob",
            "a < b and c > d|a < b and c > d",
            "<attention>|<attention>"})
    void mentionTagsAreTakenOutOfTextAndNothingElse(String typed, String shown) {
        assertThat(TeamsText.forPlainField(typed)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain words|plain words",
            "**bold** and _it_|\\*\\*bold\\*\\* and \\_it\\_",
            "[link](http://x)|\\[link\\](http://x)",
            "- not a list|\\- not a list",
            "1. not numbered|1\\. not numbered",
            "# not a heading|\\# not a heading",
            "a `code` b|a \\`code\\` b"})
    void cardTextEscapesMarkdown(String typed, String shown) {
        assertThat(TeamsText.forCard(typed)).isEqualTo(shown);
    }

    @Test
    void messageTextAlsoEscapesHtml() {
        assertThat(TeamsText.forMessage("<at>Everyone</at> & <b>you</b>")).isEqualTo("Everyone &amp; &lt;b&gt;you&lt;/b&gt;");
    }

    @Test
    void aTeamsPartnerIsMentionedAndAnyoneElseNamedWithTheirPlatform() {
        Reply intro = Reply.builder().contacts("To reach each other:", List.of(
                new Block.Contact(ParticipantId.of("teams", "aad-ed"), "Ed <at>Boss</at>", "Ed on Microsoft Teams"),
                new Block.Contact(ParticipantId.of("slack", "U0MAYA1"), "Maya", "Maya on Slack"))).build();

        JsonNode card = json.valueToTree(new ReplyCards().card(intro));

        assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("To reach each other: <at>Ed Boss</at>, Maya on Slack");
        JsonNode mention = card.path("msteams").path("entities").get(0);
        assertThat(mention.path("type").asText()).isEqualTo("mention");
        assertThat(mention.path("text").asText()).isEqualTo("<at>Ed Boss</at>");
        assertThat(mention.path("mentioned").path("id").asText()).isEqualTo("aad-ed");
        assertThat(card.path("msteams").path("entities")).hasSize(1);
        assertThat(card.path("fallbackText").asText()).doesNotContain("<at>");
    }

    @Test
    void aCardWithoutContactsHasNoTeamsPart() {
        assertThat(json.valueToTree(new ReplyCards().card(Reply.text("Hello"))).has("msteams")).isFalse();
    }

    @Test
    void picturesAreInlineUntilTheCardsBudgetThenTheirWords() {
        byte[] png = new byte[7_000];
        Reply reply = Reply.builder().header("Report")
                .image(new Block.Image("a.png", png, "Funnel: Matched 3"))
                .image(new Block.Image("b.png", png, "Meetings per month: 2026-01 2"))
                .image(new Block.Image("c.png", png, "Satisfaction: 5 1"))
                .build();

        JsonNode body = json.valueToTree(new ReplyCards().card(reply)).path("body");

        assertThat(body.get(1).path("type").asText()).isEqualTo("Image");
        assertThat(body.get(1).path("url").asText()).startsWith("data:image/png;base64,");
        assertThat(body.get(1).path("altText").asText()).isEqualTo("Funnel: Matched 3");
        assertThat(body.get(2).path("type").asText()).isEqualTo("Image");
        assertThat(body.get(3).path("type").asText()).as("past the budget: words").isEqualTo("TextBlock");
        assertThat(body.get(3).path("text").asText()).contains("Satisfaction:");
    }
}
