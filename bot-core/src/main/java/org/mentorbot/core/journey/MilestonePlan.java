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
 * closing reflection at the program's end (6 months in without one).
 */
record MilestonePlan(Instant introduced, ProgramEnd end) {

    static final Duration GOALS_AFTER = Duration.ofDays(14);
    static final Duration NOT_STARTED_AFTER = Duration.ofDays(21);
    static final Duration MIDPOINT_WITHOUT_END = Duration.ofDays(91);
    static final Duration CLOSING_WITHOUT_END = Duration.ofDays(182);

    Instant at(Milestone milestone) {
        Optional<Instant> programEnd = end.at().filter(e -> e.isAfter(introduced));
        return switch (milestone) {
            case GOALS_PROMPT -> introduced.plus(GOALS_AFTER);
            case NOT_STARTED_FLAG -> introduced.plus(NOT_STARTED_AFTER);
            case MIDPOINT_REVIEW -> programEnd.map(e -> introduced.plus(Duration.between(introduced, e).dividedBy(2)))
                    .orElse(introduced.plus(MIDPOINT_WITHOUT_END));
            case CLOSING_REFLECTION -> programEnd.orElse(introduced.plus(CLOSING_WITHOUT_END));
        };
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
            case MIDPOINT_REVIEW, CLOSING_REFLECTION -> false;
        };
    }
}
