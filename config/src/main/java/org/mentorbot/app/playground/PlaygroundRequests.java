package org.mentorbot.app.playground;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What the playground page sends, with the bounds the API holds it to. */
final class PlaygroundRequests {

    private PlaygroundRequests() {
    }

    /** Someone to play: a name and an IANA time zone such as {@code Europe/Berlin}. */
    record NewPerson(
            @NotBlank(message = "a name is required")
            @Size(max = PlaygroundPeople.MAX_NAME, message = "a name is at most " + PlaygroundPeople.MAX_NAME + " characters")
            String name,
            @NotBlank(message = "a time zone is required, such as Europe/Berlin")
            @Size(max = 64, message = "a time zone is at most 64 characters")
            String timezone) {
    }

    /** Words typed to the bot, as after {@code /mentor} in Slack. */
    record Command(
            @NotNull(message = "the text is required")
            @Size(max = 2000, message = "a command is at most 2000 characters")
            String text) {
    }

    /** A button pressed; {@code messageId} names the inbox message it was on, if it was on one. */
    record Button(
            @NotBlank(message = "the button's action id is required")
            @Size(max = 100, message = "an action id is at most 100 characters")
            String actionId,
            @Size(max = 500, message = "a button value is at most 500 characters")
            String value,
            Long messageId) {
    }

    /** A form sent back: its id, the context it carried and the values by input name. */
    record FormValues(
            @NotBlank(message = "the form id is required")
            @Size(max = 100, message = "a form id is at most 100 characters")
            String formId,
            @Size(max = 500, message = "a form context is at most 500 characters")
            String context,
            @NotNull(message = "the form's values are required")
            @Size(max = 30, message = "a form has at most 30 values")
            Map<@Size(max = 60, message = "an input name is at most 60 characters") String,
                @NotNull(message = "a value cannot be null; send an empty string")
                @Size(max = 5000, message = "a value is at most 5000 characters") String> values) {
    }
}
