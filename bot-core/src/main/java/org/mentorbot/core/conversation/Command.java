package org.mentorbot.core.conversation;

/** Everything a person can ask the bot in words; {@link #UNKNOWN} is answered with the help. */
public enum Command {
    HELP(false, false), JOIN(false, false), PROFILE(false, false), PAUSE(false, false), RESUME(false, false),
    LEAVE(false, true), FEEDBACK(false, false), EXPORT(false, false), DELETE_ME(false, true),
    STATS(true, false), MATCH(true, true), MATCH_PREVIEW(true, true), NUDGE(true, true), POLL(true, true),
    UNKNOWN(false, false);

    private final boolean adminOnly;
    private final boolean runsLong;

    Command(boolean adminOnly, boolean runsLong) {
        this.adminOnly = adminOnly;
        this.runsLong = runsLong;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    /**
     * Whether the command may take longer than a platform waits for an answer: it sends messages
     * to many people (each paced by the platform) or computes a whole matching round. Adapters
     * acknowledge such a command at once and answer it through {@link DeferredWork}.
     */
    public boolean runsLong() {
        return runsLong;
    }
}
