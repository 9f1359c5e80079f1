package org.mentorbot.app.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Slack bodies made from the payload fixtures and then broken, reproducibly from a seed: a node
 * anywhere replaced by null, another kind, a huge or deep value; a field dropped or added; the type
 * changed; the JSON truncated, or bytes inserted or flipped (invalid UTF-8 included); form fields
 * dropped, doubled or filled with bad escapes. Each body is what one request carries; signing is
 * the sender's business.
 */
final class FuzzedPayloads {

    /** One body: its bytes, its content type and which fixture it came from. */
    record Fuzzed(byte[] body, String contentType, String family) {
    }

    private static final List<String> INTERACTIONS = List.of("block-actions.json", "block-actions-home.json",
            "view-submission-join.json", "view-submission-feedback.json");
    private static final List<String> TYPES = List.of("block_actions", "view_submission", "view_closed", "shortcut",
            "event_callback", "url_verification", "app_home_opened", "", "BLOCK_ACTIONS");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final byte[][] INSERTIONS = {{(byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82}, {0},
        {'{'}, {'"'}, {'\\'}, {'%'}, {'&'}, {'='}};

    private final Random random;
    private int serial;

    FuzzedPayloads(long seed) {
        this.random = new Random(seed);
    }

    Fuzzed next() {
        serial++;
        return switch (random.nextInt(3)) {
            case 0 -> interaction();
            case 1 -> event();
            default -> command();
        };
    }

    private Fuzzed interaction() {
        String fixture = INTERACTIONS.get(random.nextInt(INTERACTIONS.size()));
        JsonNode json = mutated(filled(fixture));
        byte[] text = bytes(json.toString());
        return switch (random.nextInt(6)) {
            case 0 -> new Fuzzed(damaged(text), SlackRequests.FORM, fixture + " (payload, damaged JSON)");
            case 1 -> new Fuzzed(damaged(bytes("payload=" + URLEncoder.encode(json.toString(), StandardCharsets.UTF_8))),
                    SlackRequests.FORM, fixture + " (damaged form)");
            case 2 -> new Fuzzed(bytes("payload=" + json), SlackRequests.FORM, fixture + " (payload not encoded)");
            default -> new Fuzzed(bytes("payload=" + URLEncoder.encode(new String(random.nextInt(3) == 0 ? damaged(text) : text,
                    StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)), SlackRequests.FORM, fixture + " (payload)");
        };
    }

    private Fuzzed event() {
        JsonNode json = mutated(filled("app-home-opened.json"));
        byte[] text = bytes(json.toString());
        return new Fuzzed(random.nextInt(3) == 0 ? damaged(text) : text, SlackRequests.JSON, "app-home-opened.json");
    }

    private Fuzzed command() {
        List<String> pairs = new ArrayList<>(Arrays.asList(SlackRequests.fill(SlackRequests.fixture("slash-command.form"),
                Map.of("channel_id", "C0FUZZ", "channel_name", "fuzz", "user_id", "UFUZZ" + serial, "user_name", "fuzz",
                        "text", random.nextBoolean() ? "help" : "profile", "response_url", "http://127.0.0.1:9/respond/fuzz" + serial,
                        "trigger_id", "trigger.fuzz." + serial), true).strip().split("&")));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(pairs.size());
            String name = pairs.get(at).split("=", 2)[0];
            switch (random.nextInt(6)) {
                case 0 -> pairs.remove(at);
                case 1 -> pairs.add(pairs.get(at));
                case 2 -> pairs.set(at, name + "=" + URLEncoder.encode(text(), StandardCharsets.UTF_8));
                case 3 -> pairs.set(at, name + "=" + garbageEscapes());
                case 4 -> pairs.set(at, name);
                default -> pairs.set(at, name + "=" + URLEncoder.encode("x", StandardCharsets.UTF_8) + "=" + serial);
            }
            if (pairs.isEmpty()) {
                break;
            }
        }
        byte[] body = bytes(String.join("&", pairs));
        return new Fuzzed(random.nextInt(4) == 0 ? damaged(body) : body, SlackRequests.FORM, "slash-command.form");
    }

    private ObjectNode filled(String fixture) {
        Map<String, String> values = Map.ofEntries(Map.entry("user_id", "UFUZZ" + serial), Map.entry("user_name", "fuzz"),
                Map.entry("action_id", random.nextBoolean() ? "checkin.met" : "profile.edit"), Map.entry("value", "fuzz-" + serial),
                Map.entry("channel_id", "GFUZZ"), Map.entry("message_ts", "1700000500.000" + serial),
                Map.entry("response_url", "http://127.0.0.1:9/respond/fuzz" + serial), Map.entry("trigger_id", "trigger.fuzz." + serial),
                Map.entry("action_ts", "1700000500." + serial), Map.entry("view_id", "VFUZZ" + serial),
                Map.entry("view_hash", "hash." + serial), Map.entry("context", ""), Map.entry("role", "mentee"),
                Map.entry("skills_offered", ""), Map.entry("skills_wanted", "go"), Map.entry("goals", ""),
                Map.entry("department", ""), Map.entry("level", "3"), Map.entry("timezone", "UTC"), Map.entry("languages", "en"),
                Map.entry("capacity", "1"), Map.entry("cadence", "program"), Map.entry("rating", "4"), Map.entry("comment", ""),
                Map.entry("event_id", "EvFUZZ" + serial), Map.entry("event_ts", "1700000500.000100"));
        try {
            return (ObjectNode) FakeSlackApi.JSON.readTree(SlackRequests.fill(SlackRequests.fixture(fixture), values, false));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One to three changes anywhere in the tree. */
    private JsonNode mutated(ObjectNode root) {
        JsonNode result = root;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations && result.isContainerNode(); i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(result, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target == result && random.nextInt(8) == 0) {
                result = value();
            } else if (target instanceof ObjectNode object) {
                mutate(object);
            } else if (target instanceof ArrayNode array) {
                if (array.isEmpty() || random.nextBoolean()) {
                    array.add(value());
                } else {
                    array.set(random.nextInt(array.size()), value());
                }
            }
        }
        return result;
    }

    private void mutate(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "extra" : names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> object.remove(name);
            case 1 -> object.put("type", TYPES.get(random.nextInt(TYPES.size())));
            case 2 -> object.set("x" + random.nextInt(100), value());
            default -> object.set(name, value());
        }
    }

    private JsonNode value() {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode(text());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(new BigDecimal("1e400"));
            case 5 -> NODES.booleanNode(random.nextBoolean());
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            case 8 -> deep(200 + random.nextInt(200));
            case 9 -> NODES.textNode("x".repeat(1 + random.nextInt(20_000)));
            case 10 -> NODES.arrayNode().add(NODES.nullNode()).add(NODES.objectNode());
            default -> NODES.objectNode().put("id", text()).put("type", TYPES.get(random.nextInt(TYPES.size())));
        };
    }

    private JsonNode deep(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("d", node);
        }
        return node;
    }

    private String text() {
        String[] samples = {"U1", "U1,U2", "U 1", "<!channel>", "a\u0000b", "\u202e\uFEFF", "😀".repeat(3), "%", "%ZZ", "' OR 1=1 --",
                "\\u0000", "slack:UADMIN", "checkin.met", "../../etc/passwd", "\n\r\t"};
        return samples[random.nextInt(samples.length)];
    }

    private String garbageEscapes() {
        String[] samples = {"%", "%Z", "%ZZ", "%FF", "%C3%28", "%E2%82", "%00", "%2", "%%41"};
        return samples[random.nextInt(samples.length)];
    }

    /** Truncated, bytes inserted (invalid UTF-8 among them), or one byte flipped. */
    private byte[] damaged(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> {
                byte[] inserted = INSERTIONS[random.nextInt(INSERTIONS.length)];
                byte[] out = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(inserted, 0, out, at, inserted.length);
                System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
                yield out;
            }
            default -> {
                byte[] out = bytes.clone();
                out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
                yield out;
            }
        };
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), into);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
