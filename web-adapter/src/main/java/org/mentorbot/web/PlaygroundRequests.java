package org.mentorbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the playground page sends, with the bounds the API holds it to. Each request checks
 * itself when it is built; a broken one throws an {@link IllegalArgumentException} whose
 * message is the sentence the client gets back with its 400 (see {@link #read}).
 */
final class PlaygroundRequests {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundRequests.class);

    private PlaygroundRequests() {
    }

    /**
     * Reads a request body as {@code type}. A body whose content type is not JSON is {@link NotJson}
     * (no content type and no body at all counts as a missing body). A body that is missing, not
     * JSON of the type's shape, or refused by the request record is a {@link PlaygroundRequestException}
     * with the sentence for the client: the record's own one when it refused its values (Jackson
     * wraps what the record's constructor threw).
     */
    static <T> T read(ObjectMapper json, String contentType, byte[] body, Class<T> type) {
        boolean empty = body == null || body.length == 0;
        boolean untyped = contentType == null || contentType.isBlank();
        if (untyped ? !empty : !isJson(contentType)) {
            throw new NotJson();
        }
        if (empty) {
            throw unreadable(null);
        }
        try {
            T request = json.readValue(body, type);
            if (request == null) {
                throw unreadable(null);
            }
            return request;
        } catch (ValueInstantiationException refused) {
            if (refused.getType().getRawClass().getEnclosingClass() == PlaygroundRequests.class
                    && refused.getCause() instanceof IllegalArgumentException invalid) {
                throw new PlaygroundRequestException(invalid.getMessage());
            }
            throw unreadable(refused);
        } catch (IOException notOfTheShape) {
            throw unreadable(notOfTheShape);
        }
    }

    /** {@code application/json} or {@code application/*+json}, with any parameters. */
    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    private static PlaygroundRequestException unreadable(Exception why) {
        if (why != null) {
            log.debug("Unreadable playground request", why);
        }
        return new PlaygroundRequestException("The request body must be JSON of the documented shape.");
    }

    /** A request body that is not JSON; the client gets a 415. */
    static final class NotJson extends RuntimeException {
        NotJson() {
            super("Send JSON, with Content-Type: application/json.");
        }
    }

    /** Someone to play: a name and an IANA time zone such as {@code Europe/Berlin}. */
    record NewPerson(String name, String timezone) {
        NewPerson {
            notBlank(name, "a name is required");
            atMost(name, PlaygroundPeople.MAX_NAME, "a name is at most " + PlaygroundPeople.MAX_NAME + " characters");
            notBlank(timezone, "a time zone is required, such as Europe/Berlin");
            atMost(timezone, 64, "a time zone is at most 64 characters");
        }
    }

    /** Words typed to the bot, as after {@code /mentor} in Slack. */
    record Command(String text) {
        Command {
            present(text, "the text is required");
            atMost(text, 2000, "a command is at most 2000 characters");
        }
    }

    /** A button pressed; {@code messageId} names the inbox message it was on, if it was on one. */
    record Button(String actionId, String value, Long messageId) {
        Button {
            notBlank(actionId, "the button's action id is required");
            atMost(actionId, 100, "an action id is at most 100 characters");
            atMost(value, 500, "a button value is at most 500 characters");
        }
    }

    /** A form sent back: its id, the context it carried and the values by input name. */
    /** A form sent back; {@code messageId}, when the form stands in an inbox message, lets its answer replace that message. */
    record FormValues(String formId, String context, Map<String, String> values, Long messageId) {
        FormValues {
            notBlank(formId, "the form id is required");
            atMost(formId, 100, "a form id is at most 100 characters");
            atMost(context, 500, "a form context is at most 500 characters");
            present(values, "the form's values are required");
            check(values.size() <= 30, "a form has at most 30 values");
            values.forEach((name, value) -> {
                atMost(name, 60, "an input name is at most 60 characters");
                present(value, "a value cannot be null; send an empty string");
                atMost(value, 5000, "a value is at most 5000 characters");
            });
        }
    }

    private static void present(Object value, String message) {
        check(value != null, message);
    }

    private static void notBlank(String value, String message) {
        check(value != null && !value.isBlank(), message);
    }

    /** Absent (null) passes: only a value that is there can be too long. */
    private static void atMost(String value, int maxLength, String message) {
        check(value == null || value.length() <= maxLength, message);
    }

    private static void check(boolean holds, String message) {
        if (!holds) {
            throw new IllegalArgumentException(message);
        }
    }
}
