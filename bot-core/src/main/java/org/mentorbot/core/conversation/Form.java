package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * A form the bot asks a person to fill in.
 *
 * @param id      which form it is ({@link ActionIds#FORM_JOIN}, …); comes back in {@link Inbound.FormSubmitted}
 * @param context an opaque value the form carries back unchanged (a poll id, say)
 * @param intro   a few words shown above the inputs (a program's objectives), or blank
 */
public record Form(String id, String title, String submitLabel, String context, List<Input> inputs, String intro) {

    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(submitLabel, "submitLabel");
        context = context == null ? "" : context;
        inputs = List.copyOf(inputs);
        intro = intro == null ? "" : intro.strip();
    }

    public Form(String id, String title, String submitLabel, String context, List<Input> inputs) {
        this(id, title, submitLabel, context, inputs, "");
    }

    /** The same form with {@code text} above its inputs. */
    public Form withIntro(String text) {
        return new Form(id, title, submitLabel, context, inputs, text);
    }

    /** The same form carrying {@code newContext} back instead. */
    public Form withContext(String newContext) {
        return new Form(id, title, submitLabel, newContext, inputs, intro);
    }

    /** A typed input. Choices apply to {@link Kind#SELECT}; {@code maxLength} to text. */
    public record Input(String name, String label, Kind kind, boolean required, String initial,
                        List<Choice> choices, int maxLength, String hint) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
            initial = initial == null ? "" : initial;
            choices = List.copyOf(choices);
            hint = hint == null ? "" : hint;
        }
    }

    /** A choice: what the person sees and the value that comes back. */
    public record Choice(String label, String value) {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public enum Kind {
        TEXT, MULTILINE, NUMBER, SELECT
    }
}
