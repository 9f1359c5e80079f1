package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a {@link CommandLine}. One pure function for every platform:
 * a leading mention ({@code @Mentorbot}, {@code <at>Mentorbot</at>}, {@code <@U123>}) and a
 * leading {@code mentor} are ignored, case and extra spaces do not matter, and anything it
 * does not know is {@link Command#UNKNOWN}, with the words it did not know as arguments.
 */
public final class CommandParser {

    private static final Pattern LEADING_MENTION =
            Pattern.compile("^\\s*(<at>[^<]*</at>|<@[^>]+>|@\\S+)\\s*", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Command> WORDS = Map.ofEntries(
            Map.entry("help", Command.HELP),
            Map.entry("join", Command.JOIN),
            Map.entry("enrol", Command.JOIN),
            Map.entry("enroll", Command.JOIN),
            Map.entry("profile", Command.PROFILE),
            Map.entry("pause", Command.PAUSE),
            Map.entry("resume", Command.RESUME),
            Map.entry("leave", Command.LEAVE),
            Map.entry("feedback", Command.FEEDBACK),
            Map.entry("feedback report", Command.FEEDBACK_REPORT),
            Map.entry("export", Command.EXPORT),
            Map.entry("export program", Command.EXPORT_PROGRAM),
            Map.entry("report", Command.REPORT),
            Map.entry("delete me", Command.DELETE_ME),
            Map.entry("stats", Command.STATS),
            Map.entry("match", Command.MATCH),
            Map.entry("match preview", Command.MATCH_PREVIEW),
            Map.entry("nudge", Command.NUDGE),
            Map.entry("poll", Command.POLL),
            Map.entry("programs", Command.PROGRAMS),
            Map.entry("program new", Command.PROGRAM_NEW),
            Map.entry("program edit", Command.PROGRAM_EDIT),
            Map.entry("program close", Command.PROGRAM_CLOSE),
            Map.entry("goals", Command.GOALS),
            Map.entry("log", Command.LOG),
            Map.entry("progress", Command.PROGRESS),
            Map.entry("resources", Command.RESOURCES),
            Map.entry("resource add", Command.RESOURCE_ADD),
            Map.entry("thanks", Command.THANKS),
            Map.entry("thank you", Command.THANKS),
            Map.entry("recognition", Command.RECOGNITION),
            Map.entry("recognition on", Command.RECOGNITION_ON),
            Map.entry("recognition off", Command.RECOGNITION_OFF),
            Map.entry("rematch", Command.REMATCH),
            Map.entry("survey", Command.SURVEY),
            Map.entry("surveys", Command.SURVEY),
            Map.entry("suggestions", Command.SUGGESTIONS),
            Map.entry("suggest", Command.SUGGESTIONS));

    private static final int LONGEST = 2;

    private CommandParser() {
    }

    /**
     * The longest run of leading words that names a command wins ({@code match preview eng} is
     * {@code match preview} for {@code eng}); the words after it are its arguments, and a command
     * given more arguments than it takes is {@link Command#UNKNOWN}.
     */
    public static CommandLine parse(String text) {
        String words = normalise(text == null ? "" : text);
        List<String> tokens = words.isEmpty() ? List.of() : List.of(words.split(" "));
        for (int n = Math.min(LONGEST, tokens.size()); n >= 1; n--) {
            Command command = WORDS.get(withoutTrailingPunctuation(String.join(" ", tokens.subList(0, n))));
            if (command != null && tokens.size() - n <= command.maxArguments()) {
                return new CommandLine(command, tokens.subList(n, tokens.size()), text);
            }
        }
        return tokens.isEmpty() ? new CommandLine(Command.HELP, List.of(), text) : new CommandLine(Command.UNKNOWN, tokens, text);
    }

    /** {@code thanks!} and {@code thanks,} name {@code thanks}: punctuation after a command's last word does not count. */
    private static String withoutTrailingPunctuation(String words) {
        return words.replaceAll("[!.,:;]+$", "");
    }

    private static String normalise(String text) {
        String rest = text;
        String withoutMention;
        while (!(withoutMention = LEADING_MENTION.matcher(rest).replaceFirst("")).equals(rest)) {
            rest = withoutMention;
        }
        String lower = rest.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("/")) {
            lower = lower.substring(1);
        }
        List<String> tokens = List.of(lower.split("\\s+"));
        if (tokens.get(0).equals("mentor")) {
            tokens = tokens.subList(1, tokens.size());
        }
        return String.join(" ", tokens).strip();
    }
}
