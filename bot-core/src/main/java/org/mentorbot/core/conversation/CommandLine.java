package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What a person typed, parsed once by {@link CommandParser}: the command, the words after the
 * command's own words (as typed), and the whole text. It travels inside the inbound so that no
 * adapter and no flow parses the same words again.
 */
public record CommandLine(Command command, List<String> arguments, String text) {

    public CommandLine {
        Objects.requireNonNull(command, "command");
        arguments = List.copyOf(arguments);
        text = text == null ? "" : text;
    }

    /** A command chosen by a button or a platform surface rather than typed. */
    public static CommandLine of(Command command) {
        return new CommandLine(command, List.of(), "");
    }
}
