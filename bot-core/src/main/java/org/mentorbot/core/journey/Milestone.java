package org.mentorbot.core.journey;

import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.programs.SurveyStage;

/** The points in a pair's journey at which the bot speaks up on its own. */
public enum Milestone {
    /** No goals yet after the first meeting, or 14 days after the introduction: the pair is asked to agree some. */
    GOALS_PROMPT,
    /** No goals and no meeting logged 21 days after the introduction: the program's admins are told, once. */
    NOT_STARTED_FLAG,
    /** Half-way to the program's end (or 3 months in): the mentee reviews each goal and says what helped. */
    MIDPOINT_REVIEW,
    /** At the program's end (or 6 months in): the pair looks back. */
    CLOSING_REFLECTION,
    /** A day after the introduction: each partner is asked the program's start survey (the baseline), once. */
    SURVEY_START,
    /** A week later: whoever has not answered the start survey is reminded, once. */
    SURVEY_START_REMINDER,
    /** With the mid-point review: each partner is asked the mid-point survey. */
    SURVEY_MIDPOINT,
    /** A week later: the reminder of the mid-point survey. */
    SURVEY_MIDPOINT_REMINDER,
    /** With the closing reflection: each partner is asked the end survey. */
    SURVEY_END,
    /** A week later: the reminder of the end survey. */
    SURVEY_END_REMINDER;

    /**
     * Whether the milestone still means something once the program has ended: the closing
     * reflection, the end survey and its reminder do; a goals prompt, a not-started flag, a
     * mid-point review or survey, or a start survey that a program closed early would bring
     * forward into the past, do not.
     */
    public boolean outlivesTheProgram() {
        return this == CLOSING_REFLECTION || this == SURVEY_END || this == SURVEY_END_REMINDER;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The survey this milestone puts to the pair or reminds them of; empty for the journey's own milestones. */
    public Optional<SurveyStage> survey() {
        return switch (this) {
            case SURVEY_START, SURVEY_START_REMINDER -> Optional.of(SurveyStage.START);
            case SURVEY_MIDPOINT, SURVEY_MIDPOINT_REMINDER -> Optional.of(SurveyStage.MIDPOINT);
            case SURVEY_END, SURVEY_END_REMINDER -> Optional.of(SurveyStage.END);
            default -> Optional.empty();
        };
    }

    public boolean isReminder() {
        return this == SURVEY_START_REMINDER || this == SURVEY_MIDPOINT_REMINDER || this == SURVEY_END_REMINDER;
    }
}
