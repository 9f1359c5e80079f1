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
        OptionalDouble averageRating,
        int metAnswers,
        long ratingTotal) {

    public static final int MIN_RESPONSES = 3;

    public static final ProgramStats NONE = of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Numbers from counts; the share and the average are withheld under {@link #MIN_RESPONSES} answers. */
    public static ProgramStats of(int mentors, int mentees, int activePairs, int pausedPairs, int endedPairs,
                                  int menteesWaiting, int checkInsSent, int checkInsAnswered, int metAnswers,
                                  int stalledPairs, int helpRequests, int pollsSent, int feedbackResponses,
                                  long ratingTotal) {
        return new ProgramStats(mentors, mentees, activePairs, pausedPairs, endedPairs, menteesWaiting, checkInsSent,
                checkInsAnswered,
                checkInsAnswered < MIN_RESPONSES ? OptionalDouble.empty() : OptionalDouble.of((double) metAnswers / checkInsAnswered),
                stalledPairs, helpRequests, pollsSent, feedbackResponses,
                feedbackResponses < MIN_RESPONSES ? OptionalDouble.empty() : OptionalDouble.of((double) ratingTotal / feedbackResponses),
                metAnswers, ratingTotal);
    }

    /** The numbers of two programs together (a person in both counts in both). */
    public ProgramStats plus(ProgramStats o) {
        return of(mentors + o.mentors, mentees + o.mentees, activePairs + o.activePairs, pausedPairs + o.pausedPairs,
                endedPairs + o.endedPairs, menteesWaiting + o.menteesWaiting, checkInsSent + o.checkInsSent,
                checkInsAnswered + o.checkInsAnswered, metAnswers + o.metAnswers, stalledPairs + o.stalledPairs,
                helpRequests + o.helpRequests, pollsSent + o.pollsSent, feedbackResponses + o.feedbackResponses,
                ratingTotal + o.ratingTotal);
    }
}
