package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Teams activities made from the fixtures and then broken, reproducibly from a seed, in families:
 * bodies that are not JSON (truncated, other JSON kinds, invalid UTF-8); a field dropped; a node
 * anywhere made null or another kind; huge strings; deep nesting; locales of every shape;
 * invokes; odd entities; ids of every length; unknown or odd activity types; card submits
 * carrying junk. Each activity has a sender and a conversation of its own, so that no
 * conversation's pace slows the run, and names the test's fake connector as its service URL.
 */
final class FuzzedActivities {

    /** One body and the family it belongs to. */
    record Fuzzed(byte[] body, String family) {
    }

    private static final List<String> FIXTURES = List.of("message-join", "submit-checkin", "submit-join-form", "submit-poll-form",
            "conversation-update-install", "message-admin-stats-in-channel", "message-odd-entities", "invoke-adaptive-card-action",
            "installation-update-remove", "conversation-update-member-removed");
    private static final List<String> FAMILIES = List.of("not json", "missing field", "null", "wrong type", "huge string",
            "deep nesting", "locale", "invoke", "entities", "long id", "activity type", "card submit");
    private static final List<String> LOCALES = List.of("en-US", "en_US", "", " ", "-", "en-", "x", "123", "zh-Hant-TW",
            "i-klingon", "en-GB-oed", "tlh", "xx-YY", "qaa-Qaaa-QM-x-southern", "en--GB", "🙂", "en-GB\u0000", "de-DE-1901-1901",
            "a-b-c-d-e-f-g", "EN-us", "sr-Latn-RS", "und", "*", "en-US;q=0.9");
    private static final List<String> TYPES = List.of("message", "invoke", "conversationUpdate", "installationUpdate", "event",
            "messageReaction", "typing", "endOfConversation", "messageUpdate", "messageDelete", "command", "trace", "handoff",
            "invokeResponse", "delay", "MESSAGE", "", "unknown/type", "contactRelationUpdate", "suggestion");
    private static final List<String> INVOKE_NAMES = List.of("adaptiveCard/action", "composeExtension/query", "task/fetch",
            "task/submit", "signin/verifyState", "signin/tokenExchange", "fileConsent/invoke", "actionableMessage/executeAction",
            "composeExtension/submitAction", "config/fetch", "healthCheck", "application/search", "");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TeamsTraffic traffic;
    private final Random random;
    private int serial;

    FuzzedActivities(TeamsTraffic traffic, long seed) {
        this.traffic = traffic;
        this.random = new Random(seed);
    }

    Fuzzed next() {
        serial++;
        String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
        ObjectNode activity = base();
        return switch (family) {
            case "not json" -> new Fuzzed(notJson(activity), family);
            case "deep nesting" -> new Fuzzed(nested(activity), family);
            default -> new Fuzzed(bytes(mutate(family, activity).toString()), family);
        };
    }

    private ObjectNode base() {
        String fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
        TeamsTraffic.Person person = new TeamsTraffic.Person("Fuzz " + serial, "aad-fuzz-" + serial, "a:1fuzz-" + serial);
        ObjectNode activity = traffic.from(person, fixture);
        ((ObjectNode) activity.get("conversation")).put("id", "a:1fuzz-" + serial);
        return activity;
    }

    private JsonNode mutate(String family, ObjectNode activity) {
        switch (family) {
            case "missing field" -> dropField(activity);
            case "null" -> replaceSomewhere(activity, NODES.nullNode());
            case "wrong type" -> replaceSomewhere(activity, otherKind());
            case "huge string" -> replaceSomewhere(activity, NODES.textNode(huge()));
            case "locale" -> activity.put("locale", LOCALES.get(random.nextInt(LOCALES.size())));
            case "invoke" -> invoke(activity);
            case "entities" -> activity.set("entities", entities());
            case "long id" -> longId(activity);
            case "activity type" -> activity.put("type", TYPES.get(random.nextInt(TYPES.size())));
            default -> activity.set("value", cardValue());
        }
        if (random.nextInt(5) == 0) {
            String another = FAMILIES.get(1 + random.nextInt(FAMILIES.size() - 1));
            return random.nextBoolean() || another.equals("deep nesting") ? NODES.arrayNode().add(activity) : mutate(another, activity);
        }
        return activity;
    }

    private byte[] notJson(ObjectNode activity) {
        byte[] text = bytes(activity.toString());
        return switch (random.nextInt(7)) {
            case 0 -> Arrays.copyOf(text, random.nextInt(text.length));
            case 1 -> bytes(List.of("null", "[]", "42", "\"activity\"", "true", "{}", "[{}]", "{\"type\":}", "").get(random.nextInt(9)));
            case 2 -> withInvalidUtf8(text);
            case 3 -> bytes(activity.toString().replace("\"", "'"));
            case 4 -> bytes(activity.toString() + "}");
            case 5 -> bytes("\uFEFF" + activity);
            default -> randomBytes();
        };
    }

    private void dropField(ObjectNode activity) {
        List<String> names = new ArrayList<>();
        activity.fieldNames().forEachRemaining(names::add);
        activity.remove(names.get(random.nextInt(names.size())));
        JsonNode nested = activity.get(List.of("from", "conversation", "recipient").get(random.nextInt(3)));
        if (nested instanceof ObjectNode object && random.nextBoolean()) {
            object.remove(List.of("id", "aadObjectId", "name", "conversationType").get(random.nextInt(4)));
        }
    }

    /** Replaces a node chosen at random (a field of the activity, or of an object within it) with {@code replacement}. */
    private void replaceSomewhere(ObjectNode activity, JsonNode replacement) {
        ObjectNode parent = activity;
        while (true) {
            List<String> names = new ArrayList<>();
            parent.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                parent.set("extra", replacement);
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            if (parent.get(name) instanceof ObjectNode child && random.nextBoolean()) {
                parent = child;
            } else {
                parent.set(name, replacement);
                return;
            }
        }
    }

    private JsonNode otherKind() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.arrayNode().add("a").add(1).addNull();
            case 4 -> NODES.objectNode().put("id", "x");
            case 5 -> NODES.textNode("");
            default -> NODES.textNode("not-" + serial);
        };
    }

    private String huge() {
        int length = 10_000 + random.nextInt(400_000);
        return switch (random.nextInt(4)) {
            case 0 -> "a".repeat(length);
            case 1 -> "<at>x</at>[l](http://e)".repeat(length / 24);
            case 2 -> "\u00e9\u4e2d\ud83d\ude42".repeat(length / 4);
            default -> "a,b ".repeat(length / 4);
        };
    }

    /** The activity with a value nested hundreds or thousands of levels deep, written as text (Jackson writes at most 1,000). */
    private byte[] nested(ObjectNode activity) {
        int depth = 200 + random.nextInt(3_000);
        String field = List.of("value", "channelData", "entities", "text").get(random.nextInt(4));
        activity.remove(field);
        String json = activity.toString();
        String open = random.nextBoolean() ? "[" : "{\"d\":";
        String close = open.equals("[") ? "]" : "}";
        return bytes(json.substring(0, json.length() - 1) + ",\"" + field + "\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}");
    }

    private void invoke(ObjectNode activity) {
        activity.put("type", "invoke");
        String name = INVOKE_NAMES.get(random.nextInt(INVOKE_NAMES.size()));
        if (name.isEmpty()) {
            activity.remove("name");
        } else {
            activity.put("name", name);
        }
        if (random.nextBoolean()) {
            activity.set("value", cardValue());
        }
        if (random.nextInt(4) == 0) {
            activity.put("deliveryMode", List.of("expectReplies", "normal", "bogus", "ephemeral").get(random.nextInt(4)));
        }
    }

    private ArrayNode entities() {
        ArrayNode entities = NODES.arrayNode();
        for (int i = random.nextInt(6); i >= 0; i--) {
            switch (random.nextInt(9)) {
                case 0 -> entities.addObject().put("text", "no type");
                case 1 -> entities.addNull();
                case 2 -> entities.addObject().put("type", 42);
                case 3 -> entities.addObject().put("type", "mention").put("text", List.of("(", "[", "*+", "(a+)+$", "\\", "$1").get(random.nextInt(6)))
                        .putObject("mentioned").put("id", random.nextBoolean() ? "28:00000000-0000-0000-0000-00000000b07" : "29:1x");
                case 4 -> entities.addObject().put("type", "mention").put("mentioned", "not an account");
                case 5 -> entities.addObject().put("type", "mention").putNull("mentioned");
                case 6 -> entities.addObject().putNull("type");
                case 7 -> entities.add("a string entity");
                default -> entities.addObject().put("type", "clientInfo").put("locale", LOCALES.get(random.nextInt(LOCALES.size())));
            }
        }
        return entities;
    }

    private void longId(ObjectNode activity) {
        int length = List.of(150, 193, 194, 195, 196, 199, 200, 201, 255, 1_000, 2_048, 2_049, 5_000).get(random.nextInt(13));
        String id = "i".repeat(length);
        switch (random.nextInt(6)) {
            case 0 -> object(activity, "from").put("aadObjectId", id);
            case 1 -> object(activity, "from").put("id", id).remove("aadObjectId");
            case 2 -> object(activity, "conversation").put("id", id);
            case 3 -> object(activity, "recipient").put("id", id);
            case 4 -> activity.put("id", id);
            default -> activity.put("replyToId", id);
        }
    }

    /** The object in field {@code name}, made anew when an earlier change left something else there. */
    private static ObjectNode object(ObjectNode activity, String name) {
        return activity.get(name) instanceof ObjectNode object ? object : activity.putObject(name);
    }

    private JsonNode cardValue() {
        ObjectNode value = NODES.objectNode();
        switch (random.nextInt(6)) {
            case 0 -> value.put("actionId", "checkin.met").put("value", "x".repeat(random.nextInt(300)));
            case 1 -> value.put("formId", "form.join").put("context", "").put("role", "wizard").put("name", "<at>x</at>");
            case 2 -> value.putNull("actionId");
            case 3 -> value.put("actionId", random.nextInt()).set("value", NODES.arrayNode().add(1));
            case 4 -> value.put("formId", List.of("form.feedback", "form.goals", "form.program", "nope").get(random.nextInt(4)))
                    .put("context", "poll-" + random.nextInt(5)).put("rating", "eleven").set("comment", NODES.objectNode());
            default -> value.put("actionId", List.of("run.command", "poll.answer", "checkin.need_help", "").get(random.nextInt(4)))
                    .put("value", List.of("nudge", "delete me", "match", "stats", "", "\u0000").get(random.nextInt(6)));
        }
        return value;
    }

    private byte[] withInvalidUtf8(byte[] text) {
        byte[] out = Arrays.copyOf(text, text.length + 2);
        int at = random.nextInt(text.length);
        System.arraycopy(text, at, out, at + 2, text.length - at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        return out;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(512)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
