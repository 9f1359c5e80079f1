package org.mentorbot.core.conversation;

import java.util.List;

/**
 * The commands as people see them: the word for each command, in the order the help lists them,
 * first those everyone may use, then those only admins may. Every word is one the
 * {@link CommandParser} reads as its {@link Command}. The help and the playground's shortcut
 * buttons both read this list, so a new command is added here once.
 */
public final class CommandList {

    private static final List<String> EVERYONE = List.of("help", "programs", "join", "profile", "pause", "resume", "leave",
            "feedback", "survey", "export", "delete me", "goals", "log", "progress", "resources", "thanks", "recognition on",
            "recognition off", "rematch", "suggestions");
    private static final List<String> ADMINS = List.of("stats", "feedback report", "match", "match preview", "nudge", "poll",
            "program new", "program edit", "program close", "recognition", "resource add", "report", "export program");

    private CommandList() {
    }

    /** The commands anyone enrolled (or about to enrol) may use. */
    public static List<String> everyone() {
        return EVERYONE;
    }

    /** The commands only the program's admins may use. */
    public static List<String> admins() {
        return ADMINS;
    }
}
