package org.mentorbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the door lets through to the bot, and what it takes out on the way. */
class ActivityShapeTest {

    private final ObjectMapper json = TeamsJson.mapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a well-formed message                 | none          | ",
            "an aadObjectId of 194 characters      | aad:194       | ",
            "an aadObjectId of 195 characters      | aad:195       | no usable sender",
            "an aadObjectId of 200 characters      | aad:200       | no usable sender",
            "an aadObjectId with a comma           | aad:comma     | no usable sender",
            "a from.id of 195 without aadObjectId  | from:195      | no usable sender",
            "a from.id with a control character    | from:control  | no usable sender",
            "a 300-character conversation id       | conv:300      | ",
            "a conversation id past 2048           | conv:2049     | no usable conversation id",
            "a recipient id past 2048              | recipient:2049| no usable recipient id",
            "an activity id with a space           | id:space      | id or replyToId",
            "the locale en-GB                      | locale:en-GB  | ",
            "an unknown but well-formed locale     | locale:xx-YY  | ",
            "the locale en_US                      | locale:en_US  | locale",
            "a locale that is no tag at all        | locale:!!     | locale",
            "a very long locale                    | locale:long   | locale"})
    void theDoorNamesWhatIsWrong(String what, String change, String problem) {
        Activity activity = read(message(change));

        if (problem == null) {
            assertThat(ActivityShape.problem(activity)).as(what).isEmpty();
        } else {
            assertThat(ActivityShape.problem(activity)).as(what).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
    }

    @Test
    void entitiesWithoutATypeAndEmptyMembersAreIgnoredAndTheLocaleIsDropped() {
        ObjectNode message = message("none");
        message.putArray("entities").add(json.createObjectNode().put("text", "no type")).addNull()
                .add(json.createObjectNode().put("type", "clientInfo").put("locale", "tr-TR"));
        message.putArray("membersAdded").addNull().add(json.createObjectNode().put("id", "29:1x"));
        Activity activity = read(message);
        Locale before = Locale.getDefault();

        assertThat(ActivityShape.problem(activity)).isEmpty();
        ActivityShape.tidy(activity);

        assertThat(activity.getEntities()).singleElement().satisfies(e -> assertThat(e.getType()).isEqualTo("clientInfo"));
        assertThat(activity.getMembersAdded()).singleElement().satisfies(m -> assertThat(m.getId()).isEqualTo("29:1x"));
        assertThat(activity.getLocale()).isNull();
        assertThat(Locale.getDefault()).isEqualTo(before);
    }

    @Test
    void onlyTheMentionOfTheBotIsTakenOutOfTheCommandAndAMentionsTextIsNoPattern() {
        ObjectNode message = message("none");
        message.put("text", "<at>Mentorbot</at> stats (all)");
        message.putArray("entities")
                .add(mention("28:bot", "<at>Mentorbot</at>"))
                .add(mention("29:1other", "(all"))
                .add(mention("28:bot", "(all)"))
                .add(json.createObjectNode().put("type", "mention").put("mentioned", "not an account"))
                .add(json.createObjectNode().put("text", "an entity without a type"));

        assertThat(BotMention.textWithout(read(message))).isEqualTo("stats");
    }

    private ObjectNode mention(String id, String text) {
        ObjectNode mention = json.createObjectNode().put("type", "mention").put("text", text);
        mention.putObject("mentioned").put("id", id).put("name", "someone");
        return mention;
    }

    private Activity read(ObjectNode activity) {
        try {
            return json.treeToValue(activity, Activity.class);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A personal-chat message, changed as {@code change} says ({@code field:how}). */
    private ObjectNode message(String change) {
        ObjectNode message = json.createObjectNode().put("type", "message").put("id", "1740992460456").put("channelId", "msteams")
                .put("serviceUrl", "https://smba.trafficmanager.net/emea/").put("text", "help");
        message.putObject("from").put("id", "29:1alice").put("name", "Alice").put("aadObjectId", "aad-alice");
        message.putObject("conversation").put("id", "a:1alice-personal-chat").put("conversationType", "personal");
        message.putObject("recipient").put("id", "28:bot").put("name", "Mentorbot");
        String[] parts = change.split(":", 2);
        Consumer<ObjectNode> edit = switch (parts[0]) {
            case "none" -> m -> { };
            case "aad" -> m -> ((ObjectNode) m.get("from")).put("aadObjectId", shaped(parts[1]));
            case "from" -> m -> ((ObjectNode) m.get("from")).put("id", shaped(parts[1])).remove("aadObjectId");
            case "conv" -> m -> ((ObjectNode) m.get("conversation")).put("id", shaped(parts[1]));
            case "recipient" -> m -> ((ObjectNode) m.get("recipient")).put("id", shaped(parts[1]));
            case "id" -> m -> m.put("id", shaped(parts[1]));
            case "locale" -> m -> m.put("locale", parts[1].equals("long") ? "en-" + "x".repeat(100_000) : parts[1]);
            default -> throw new IllegalArgumentException(change);
        };
        edit.accept(message);
        return message;
    }

    private static String shaped(String how) {
        return switch (how) {
            case "comma" -> "aad-a,aad-b";
            case "control" -> "29:1\u0007bell";
            case "space" -> "17 40";
            default -> "x".repeat(Integer.parseInt(how));
        };
    }
}
