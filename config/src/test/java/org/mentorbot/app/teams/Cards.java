package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what the bot posted to the fake connector: the Adaptive Card and the data of its submit actions. */
final class Cards {

    private Cards() {
    }

    static JsonNode card(FakeBotConnector.Call call) {
        JsonNode attachment = call.body().path("attachments").path(0);
        return attachment.path("contentType").asText().equals("application/vnd.microsoft.card.adaptive")
                ? attachment.path("content") : null;
    }

    /** The {@code data} of the submit action that carries {@code key = value}, anywhere in the card. */
    static Optional<JsonNode> submitData(JsonNode card, String key, String value) {
        List<JsonNode> found = new ArrayList<>();
        collect(card, key, value, found);
        return found.stream().findFirst();
    }

    /** The input with {@code id}, anywhere in the card. */
    static Optional<JsonNode> input(JsonNode card, String id) {
        List<JsonNode> found = new ArrayList<>();
        card.findParents("id").stream().filter(n -> n.path("id").asText().equals(id)).forEach(found::add);
        return found.stream().findFirst();
    }

    private static void collect(JsonNode node, String key, String value, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.path("type").asText().equals("Action.Submit")
                && node.path("data").path(key).asText().equals(value)) {
            found.add(node.path("data"));
        }
        node.forEach(child -> collect(child, key, value, found));
    }
}
