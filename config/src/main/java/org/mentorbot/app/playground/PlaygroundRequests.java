package org.mentorbot.app.playground;

import java.util.Map;
import org.mentorbot.web.PlaygroundPeople;

/**
 * What the playground page sends, with the bounds the API holds it to. Each request checks
 * itself when it is built; a broken one throws an {@link IllegalArgumentException} whose
 * message is the sentence the client gets back with its 400 (see {@link PlaygroundErrors}).
 */
final class PlaygroundRequests {

    private PlaygroundRequests() {
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
    record FormValues(String formId, String context, Map<String, String> values) {
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
