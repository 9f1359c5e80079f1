package org.mentorbot.core.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.schedule.ProgramEnd;

/**
 * When each milestone of a pair falls due, from its introduction and the program's end: goals
 * 14 days in, the not-started flag 21 days in, the mid-point review half-way from the introduction
 * to the program's end (3 months in when the program has no end after the introduction), and the
 * closing reflection at the program's end (6 months in without one). The start survey goes out a
 * day after the introduction, the mid-point and end surveys with the review and the reflection,
 * each reminder a week after its survey; a survey prompt more than {@link #SURVEY_LATE} overdue
 * (a pair introduced before the program surveyed) is set aside rather than asked out of time.
 */
record MilestonePlan(Instant introduced, ProgramEnd end) {

    static final Duration GOALS_AFTER = Duration.ofDays(14);
    static final Duration NOT_STARTED_AFTER = Duration.ofDays(21);
    static final Duration MIDPOINT_WITHOUT_END = Duration.ofDays(91);
    static final Duration CLOSING_WITHOUT_END = Duration.ofDays(182);
    static final Duration SURVEY_START_AFTER = Duration.ofDays(1);
    static final Duration SURVEY_REMINDER_AFTER = Duration.ofDays(7);
    static final Duration SURVEY_LATE = Duration.ofDays(14);

    Instant at(Milestone milestone) {
        Optional<Instant> programEnd = end.at().filter(e -> e.isAfter(introduced));
        return switch (milestone) {
            case GOALS_PROMPT -> introduced.plus(GOALS_AFTER);
            case NOT_STARTED_FLAG -> introduced.plus(NOT_STARTED_AFTER);
            case MIDPOINT_REVIEW -> programEnd.map(e -> introduced.plus(Duration.between(introduced, e).dividedBy(2)))
                    .orElse(introduced.plus(MIDPOINT_WITHOUT_END));
            case CLOSING_REFLECTION -> programEnd.orElse(introduced.plus(CLOSING_WITHOUT_END));
            case SURVEY_START -> introduced.plus(SURVEY_START_AFTER);
            case SURVEY_MIDPOINT -> at(Milestone.MIDPOINT_REVIEW);
            case SURVEY_END -> at(Milestone.CLOSING_REFLECTION);
            case SURVEY_START_REMINDER -> at(Milestone.SURVEY_START).plus(SURVEY_REMINDER_AFTER);
            case SURVEY_MIDPOINT_REMINDER -> at(Milestone.SURVEY_MIDPOINT).plus(SURVEY_REMINDER_AFTER);
            case SURVEY_END_REMINDER -> at(Milestone.SURVEY_END).plus(SURVEY_REMINDER_AFTER);
        };
    }

    /** Whether a survey prompt is too late to ask at {@code now}: more than {@link #SURVEY_LATE} after it fell due. */
    boolean late(Milestone milestone, Instant now) {
        return milestone.survey().isPresent() && at(milestone).plus(SURVEY_LATE).isBefore(now);
    }

    /** The milestones the journey has not dealt with yet, earliest first. */
    List<Milestone> pending(Journey journey) {
        return Arrays.stream(Milestone.values()).filter(m -> !journey.hasHandled(m))
                .sorted(Comparator.comparing(this::at)).toList();
    }

    /** Whether the milestone no longer needs saying: goals agreed already, or the pair has started. */
    static boolean moot(Milestone milestone, Journey journey) {
        return switch (milestone) {
            case GOALS_PROMPT -> !journey.goals().isEmpty();
            case NOT_STARTED_FLAG -> !journey.goals().isEmpty() || !journey.meetings().isEmpty();
            default -> false;
        };
    }
}
