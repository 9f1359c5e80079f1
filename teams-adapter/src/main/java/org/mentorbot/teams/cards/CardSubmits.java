package org.mentorbot.teams.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Inbound;

/**
 * Reads what an {@code Action.Submit} posted back (the activity's {@code value}): a button's
 * {@code {actionId, value}} becomes {@link Inbound.ButtonPressed}; a form's
 * {@code {formId, context}} plus its inputs by id becomes {@link Inbound.FormSubmitted}.
 */
public final class CardSubmits {

    static final String ACTION_ID = "actionId";
    static final String VALUE = "value";
    static final String FORM_ID = "formId";
    static final String CONTEXT = "context";
    private static final Set<String> NOT_INPUTS = Set.of(FORM_ID, CONTEXT, "msteams");

    private final ObjectMapper json;

    public CardSubmits(ObjectMapper json) {
        this.json = json;
    }

    /** The inbound a submitted card means, or empty when the value is not one of Mentorbot's cards. */
    public Optional<Inbound> read(Actor actor, Object value) {
        JsonNode data = json.valueToTree(value);
        if (data == null || !data.isObject()) {
            return Optional.empty();
        }
        if (data.hasNonNull(FORM_ID)) {
            return Optional.of(new Inbound.FormSubmitted(actor, data.get(FORM_ID).asText(), text(data, CONTEXT), inputs(data)));
        }
        if (data.hasNonNull(ACTION_ID)) {
            return Optional.of(new Inbound.ButtonPressed(actor, data.get(ACTION_ID).asText(), text(data, VALUE)));
        }
        return Optional.empty();
    }

    private static Map<String, String> inputs(JsonNode data) {
        Map<String, String> values = new LinkedHashMap<>();
        data.fields().forEachRemaining(field -> {
            if (!NOT_INPUTS.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }

    private static String text(JsonNode data, String name) {
        JsonNode node = data.get(name);
        return node == null || node.isNull() ? "" : node.asText();
    }
}
