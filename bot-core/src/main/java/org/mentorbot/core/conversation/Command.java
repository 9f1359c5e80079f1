package org.mentorbot.core.conversation;

/** Everything a person can ask the bot in words; {@link #UNKNOWN} is answered with the help. */
public enum Command {
    HELP(false), JOIN(false), PROFILE(false), PAUSE(false), RESUME(false), LEAVE(false),
    FEEDBACK(false), EXPORT(false), DELETE_ME(false),
    STATS(true), MATCH(true), MATCH_PREVIEW(true), NUDGE(true), POLL(true),
    UNKNOWN(false);

    private final boolean adminOnly;

    Command(boolean adminOnly) {
        this.adminOnly = adminOnly;
    }

    public boolean adminOnly() {
        return adminOnly;
    }
}
