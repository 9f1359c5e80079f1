package org.mentorbot.core.conversation;

/**
 * Everything a person can ask the bot in words; {@link #UNKNOWN} is answered with the help.
 * A command takes at most {@link #maxArguments()} words after its own (a program's slug).
 */
public enum Command {
    HELP(false, false, 0), JOIN(false, false, 1), PROFILE(false, false, 0), PAUSE(false, false, 0),
    RESUME(false, false, 0), LEAVE(false, false, 1), FEEDBACK(false, false, 0), EXPORT(false, true, 0),
    DELETE_ME(false, false, 0), PROGRAMS(false, false, 0),
    STATS(true, false, 1), MATCH(true, true, 1), MATCH_PREVIEW(true, true, 1), NUDGE(true, true, 1), POLL(true, true, 1),
    PROGRAM_NEW(true, false, 0), PROGRAM_EDIT(true, false, 1), PROGRAM_CLOSE(true, true, 1),
    GOALS(false, false, 1), LOG(false, false, 1), PROGRESS(false, false, 1),
    RESOURCES(false, false, 1), RESOURCE_ADD(true, false, 1), THANKS(false, false, Integer.MAX_VALUE),
    RECOGNITION(true, true, 1), RECOGNITION_ON(false, false, 1), RECOGNITION_OFF(false, false, 1),
    REMATCH(false, false, 1), SUGGESTIONS(false, false, 1), FEEDBACK_REPORT(true, true, 1),
    EXPORT_PROGRAM(true, true, 1), REPORT(true, true, 1), SURVEY(false, false, 1),
    UNKNOWN(false, false, Integer.MAX_VALUE);

    private final boolean adminOnly;
    private final boolean runsLong;
    private final int maxArguments;

    Command(boolean adminOnly, boolean runsLong, int maxArguments) {
        this.adminOnly = adminOnly;
        this.runsLong = runsLong;
        this.maxArguments = maxArguments;
    }

    /** Only the organisation's admins, or the admins of the program it names, may run it. */
    public boolean adminOnly() {
        return adminOnly;
    }

    /**
     * Whether the command may take longer than a platform waits for an answer: it sends messages
     * to many people (each paced by the platform), computes a whole matching round, draws charts, or hands the
     * person a file (their data export or a program's, which a platform may upload in several calls). Adapters
     * acknowledge such a command at once and answer it through {@link DeferredWork}.
     */
    public boolean runsLong() {
        return runsLong;
    }

    /**
     * Whether the command only reads what the bot holds, and its answer may carry a file: asking
     * it again changes nothing. A platform that hands a file over in a later step (Teams, once the
     * person allows it) asks again for the file then, as the same person, rather than keeping it.
     */
    public boolean readsOnly() {
        return switch (this) {
            case HELP, EXPORT, PROGRAMS, STATS, MATCH_PREVIEW, FEEDBACK_REPORT, EXPORT_PROGRAM, REPORT, RECOGNITION -> true;
            default -> false;
        };
    }

    public int maxArguments() {
        return maxArguments;
    }
}
