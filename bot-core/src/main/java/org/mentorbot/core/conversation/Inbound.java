package org.mentorbot.core.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * Something a person did that the bot answers, in platform-neutral terms. Adapters translate
 * Slack payloads and Teams activities into one of these.
 */
public sealed interface Inbound {

    Actor actor();

    /**
     * Words typed to the bot ({@code /mentor join} in Slack, {@code join} in Teams), parsed once
     * where the inbound is made; or a command chosen on a platform surface such as App Home.
     */
    record CommandReceived(Actor actor, CommandLine line) implements Inbound {
        public CommandReceived {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(line, "line");
        }

        public CommandReceived(Actor actor, String text) {
            this(actor, CommandParser.parse(text));
        }

        public CommandReceived(Actor actor, Command command) {
            this(actor, CommandLine.of(command));
        }

        public Command command() {
            return line.command();
        }

        public String text() {
            return line.text();
        }
    }

    /** A button pressed, with the action id from {@link ActionIds} and the value the button carried. */
    record ButtonPressed(Actor actor, String actionId, String value) implements Inbound {
        public ButtonPressed {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(actionId, "actionId");
            value = value == null ? "" : value;
        }
    }

    /** A form sent back, with the form id, the context the form carried, and the typed values by input name. */
    record FormSubmitted(Actor actor, String formId, String context, Map<String, String> values) implements Inbound {
        public FormSubmitted {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(formId, "formId");
            context = context == null ? "" : context;
            values = Map.copyOf(values);
        }
    }

    /** A person installed the bot or met it for the first time. */
    record MemberJoined(Actor actor) implements Inbound {
        public MemberJoined {
            Objects.requireNonNull(actor, "actor");
        }
    }
}
