package org.mentorbot.slack.http;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.mentorbot.slack.http.PayloadShape.Malformed;

/**
 * Reading one field of a Slack payload as the kind it must be. Absent and JSON {@code null} are
 * the same (Bolt treats them alike); a field of another kind is {@link Malformed}, with its name.
 */
final class PayloadFields {

    /** Gson as Bolt configures it, so that what binds here binds in Bolt. */
    static final Gson BOLT_GSON = GsonFactory.createSnakeCase();

    private PayloadFields() {
    }

    /** Parses one JSON object, strictly, within Gson's nesting limit, with nothing after it. */
    static JsonObject json(String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement parsed = BOLT_GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Malformed("the JSON has more after its end");
            }
            return asObject(parsed, "the JSON");
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException unreadable) {
            throw new Malformed("the JSON cannot be read (malformed, or nested deeper than 255 levels)");
        }
    }

    static JsonObject asObject(JsonElement element, String what) {
        if (element == null || !element.isJsonObject()) {
            throw new Malformed(what + " must be a JSON object");
        }
        return element.getAsJsonObject();
    }

    static Optional<JsonElement> present(JsonObject o, String field) {
        JsonElement value = o.get(field);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<JsonObject> object(JsonObject o, String field) {
        return present(o, field).map(v -> asObject(v, field));
    }

    static Optional<JsonArray> array(JsonObject o, String field) {
        return present(o, field).map(v -> {
            if (!v.isJsonArray()) {
                throw new Malformed(field + " must be a JSON array");
            }
            return v.getAsJsonArray();
        });
    }

    static Optional<String> text(JsonObject o, String field, int maxLength) {
        return present(o, field).map(v -> {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw new Malformed(field + " must be a string");
            }
            String s = v.getAsString();
            if (s.length() > maxLength) {
                throw new Malformed(field + " is longer than " + maxLength + " characters");
            }
            return s;
        });
    }

    /** A required id must be there and valid; an optional one may be absent, null or empty. */
    static void id(JsonObject o, String field, boolean required) {
        Optional<String> id = text(o, field, SlackIds.MAX_LENGTH);
        if (id.isEmpty() || id.get().isEmpty()) {
            if (required) {
                throw new Malformed(field + " is required");
            }
            return;
        }
        SlackIds.require(id.get(), field);
    }

    static void ids(JsonObject o, String... optional) {
        for (String field : optional) {
            id(o, field, false);
        }
    }

    static void url(JsonObject o, String field) {
        text(o, field, PayloadShape.MAX_VALUE).filter(u -> !u.isEmpty()).ifPresent(u -> {
            try {
                URI uri = new URI(u);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new Malformed(field + " must be an http(s) URL");
                }
            } catch (URISyntaxException notAUrl) {
                throw new Malformed(field + " must be an http(s) URL");
            }
        });
    }

}
