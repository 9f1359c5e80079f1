package org.mentorbot.core.journey;

import java.util.Locale;

/** The points in a pair's journey at which the bot speaks up on its own. */
public enum Milestone {
    /** No goals yet after the first meeting, or 14 days after the introduction: the pair is asked to agree some. */
    GOALS_PROMPT,
    /** No goals and no meeting logged 21 days after the introduction: the program's admins are told, once. */
    NOT_STARTED_FLAG,
    /** Half-way to the program's end (or 3 months in): the mentee reviews each goal and says what helped. */
    MIDPOINT_REVIEW,
    /** At the program's end (or 6 months in): the pair looks back. */
    CLOSING_REFLECTION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
