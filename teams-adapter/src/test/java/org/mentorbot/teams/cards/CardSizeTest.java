package org.mentorbot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.teams.TeamsJson;

/**
 * Teams refuses a bot message over 40 KB counted in UTF-16 (HTTP 413, {@code MessageSizeTooBig};
 * the older and stricter of its two published limits). Every reply, however long, becomes an
 * activity under that limit; what does not fit is left out, and the card says how many lines.
 */
class CardSizeTest {

    /** 40 KB in UTF-16: two bytes a character. */
    static final int TEAMS_LIMIT_CHARACTERS = 40 * 1024 / 2;

    private final ObjectMapper json = TeamsJson.mapper();
    private final ReplyActivities activities = new ReplyActivities(json);

    @Test
    void aListOfThousandsOfFactsAndAFileOfMegabytesFitInOneActivity() throws Exception {
        List<Block.Field> fields = IntStream.range(0, 5_000)
                .mapToObj(i -> new Block.Field("Mentor " + i + " → Mentee " + i + " (score 80)", "Both work on rust; shared hours: 6"))
                .toList();
        StringBuilder csv = new StringBuilder("outcome,mentor,mentee\r\n");
        IntStream.range(0, 100_000).forEach(i -> csv.append("pair,Mentor ").append(i).append(",Mentee ").append(i).append("\r\n"));
        Reply reply = Reply.builder().header("Matching preview: 5000 pairs, 0 waiting").fields(fields)
                .text("Total score 400000; proven optimal. Nothing was sent.")
                .attachment(new Block.Document("mentorbot-match-preview.csv", "text/csv", csv.toString()), "File: 100001 rows.")
                .build();

        Activity activity = addressed(activities.message(reply));
        String sent = json.writeValueAsString(activity);

        assertThat(sent.length()).isLessThan(TEAMS_LIMIT_CHARACTERS);
        JsonNode body = json.valueToTree(activity.getAttachments().get(0).getContent()).path("body");
        assertThat(body.get(0).path("text").asText()).isEqualTo("Matching preview: 5000 pairs, 0 waiting");
        JsonNode facts = body.get(1).path("facts");
        assertThat(facts.size()).isBetween(50, 4_999);
        assertThat(facts.get(0).path("title").asText()).isEqualTo("Mentor 0 → Mentee 0 (score 80)");
        String last = body.get(body.size() - 1).path("text").asText();
        int leftOutFacts = 5_000 - facts.size();
        assertThat(last).startsWith("This answer is longer than a Teams message holds, so ")
                .contains(" more lines were left out");
        int leftOut = Integer.parseInt(last.replaceAll("\\D+", " ").trim().split(" ")[0]);
        int leftOutLines = leftOutFacts + 100_001 - shownLines(body);
        assertThat(leftOut).as("every fact and file line left out is counted, and the paragraph and file name if they are")
                .isBetween(leftOutLines, leftOutLines + 2);
    }

    @Test
    void aDocumentIsCutAtALineAndSaysSo() throws Exception {
        StringBuilder csv = new StringBuilder();
        IntStream.range(0, 3_000).forEach(i -> csv.append("row ").append(i).append(",\"quoted\\\"\"\n"));
        Reply reply = Reply.builder().text("The pairings: 3000 rows.")
                .document(new Block.Document("pairings.csv", "text/csv", csv.toString())).build();

        Activity activity = addressed(activities.message(reply));

        assertThat(json.writeValueAsString(activity).length()).isLessThan(TEAMS_LIMIT_CHARACTERS);
        JsonNode body = json.valueToTree(activity.getAttachments().get(0).getContent()).path("body");
        String shown = body.get(2).path("text").asText();
        assertThat(body.get(2).path("fontType").asText()).isEqualTo("Monospace");
        List<String> lines = List.of(shown.split("\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("row \\d+,\"quoted\\\\\\\\\"\""));
        assertThat(lines.get(lines.size() - 1)).as("whole lines only").isEqualTo("row " + (lines.size() - 1) + ",\"quoted\\\\\"\"");
        assertThat(body.get(3).path("text").asText()).contains("so " + (3_000 - lines.size()) + " more lines were left out");
        assertThat(CardRoom.jsonLength(activity.getSummary())).isLessThanOrEqualTo(ReplyCards.MAX_FALLBACK_CHARACTERS);
        assertThat(activity.getSummary()).endsWith("…");
        String fallback = json.valueToTree(activity.getAttachments().get(0).getContent()).path("fallbackText").asText();
        assertThat(CardRoom.jsonLength(fallback)).as("quotes count twice in JSON").isLessThanOrEqualTo(ReplyCards.MAX_FALLBACK_CHARACTERS);
    }

    @Test
    void aReplyThatFitsIsSentWhole() {
        List<Block.Field> fields = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> fields.add(new Block.Field("Pair " + i, "Reasons " + i)));
        Reply reply = Reply.builder().header("Preview").fields(fields).text("Total score 10.").build();

        JsonNode body = json.valueToTree(new ReplyCards().card(reply)).path("body");

        assertThat(body.size()).isEqualTo(3);
        assertThat(body.get(1).path("facts").size()).isEqualTo(20);
        assertThat(body.toString()).doesNotContain("left out");
    }

    @Test
    void aFormOrARowOfButtonsThatDoesNotFitIsLeftOutWholeNeverHalf() {
        List<Block.Field> fields = IntStream.range(0, 400)
                .mapToObj(i -> new Block.Field("Pair " + i, "Reasons for pair " + i + " in many words"))
                .toList();
        List<Block.Button> buttons = IntStream.range(0, 5)
                .mapToObj(i -> new Block.Button("Choice " + i, "choice.pick", "value-" + i, Block.Style.DEFAULT)).toList();
        Reply filled = Reply.builder().text("x".repeat(ReplyCards.MAX_TEXT_CHARACTERS - 600)).buttons(buttons).fields(fields).build();
        Reply roomy = Reply.builder().header("Pick one").buttons(buttons).fields(fields).build();

        JsonNode cut = json.valueToTree(new ReplyCards().card(filled)).path("body");
        JsonNode kept = json.valueToTree(new ReplyCards().card(roomy)).path("body");

        assertThat(cut.findValues("actions")).as("no half row of buttons").isEmpty();
        assertThat(kept.get(1).path("actions").size()).as("buttons that fit come whole").isEqualTo(5);
        assertThat(cut.get(cut.size() - 1).path("text").asText()).contains("left out");
    }

    @Test
    void aLongPlainMessageIsCutShort() throws Exception {
        Activity activity = addressed(activities.message(Reply.text("word <b> & \"quoted\" ".repeat(5_000))));

        assertThat(json.writeValueAsString(activity).length()).isLessThan(TEAMS_LIMIT_CHARACTERS);
        assertThat(activity.getText()).endsWith("…");
    }

    /** The activity as the SDK sends it into a conversation: with its addresses, which count towards the limit too. */
    private static Activity addressed(Activity activity) {
        ChannelAccount from = new ChannelAccount("28:00000000-0000-0000-0000-00000000b07f", "Mentorbot");
        ChannelAccount to = new ChannelAccount("29:1xK9ZqPq6f3wz0Hq7c2YbJXh4mT8uR5sVn1eLdGaWkOiUyTpQrSdFgHjKlZxCvBnM", "Alexandra Example-Longname");
        to.setAadObjectId("5c6d7e8f-9a0b-1c2d-3e4f-5a6b7c8d9e0f");
        ConversationAccount conversation = new ConversationAccount("a:1Xy7bQ3mN9pL2kJ8hG5fD4sA6zC1vB0nM7qW3eR9tY2uI5oP8aS4dF6gH1jK3lZ9xC7vB5nM2qW8eR4tY6uI");
        conversation.setConversationType("personal");
        conversation.setTenantId("72f988bf-86f1-41af-91ab-2d7cd011db47");
        activity.setFrom(from);
        activity.setRecipient(to);
        activity.setConversation(conversation);
        activity.setServiceUrl("https://smba.trafficmanager.net/emea/72f988bf-86f1-41af-91ab-2d7cd011db47/");
        activity.setChannelId("msteams");
        activity.setReplyToId("1:1a2b3c4d5e6f7g8h9i0jAbCdEfGhIjKlMnOpQrStUvWxYz");
        return activity;
    }

    private static int shownLines(JsonNode body) {
        for (JsonNode element : body) {
            if ("Monospace".equals(element.path("fontType").asText())) {
                return element.path("text").asText().split("\n").length;
            }
        }
        return 0;
    }
}
