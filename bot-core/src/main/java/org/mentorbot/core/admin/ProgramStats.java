package org.mentorbot.core.admin;

import java.util.OptionalDouble;

/**
 * How the program is doing. Averages and shares over fewer than {@link #MIN_RESPONSES}
 * answers are withheld (empty), so that no answer can be traced to a person.
 */
public record ProgramStats(
        int mentors,
        int mentees,
        int activePairs,
        int pausedPairs,
        int endedPairs,
        int menteesWaiting,
        int checkInsSent,
        int checkInsAnswered,
        OptionalDouble metShare,
        int stalledPairs,
        int helpRequests,
        int pollsSent,
        int feedbackResponses,
        OptionalDouble averageRating) {

    public static final int MIN_RESPONSES = 3;
}
