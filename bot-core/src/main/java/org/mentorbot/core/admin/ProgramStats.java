package org.mentorbot.core.admin;

import java.util.OptionalDouble;
import org.mentorbot.core.people.Anonymity;

/**
 * How the program is doing. Averages and shares over fewer answers than the {@link Anonymity}
 * minimum are withheld (empty), so that no answer can be traced to a person: the components
 * {@code metShare} and {@code averageRating} at the default minimum, {@link #metShare(Anonymity)}
 * and {@link #averageRating(Anonymity)} at the organisation's.
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

    public static final int MIN_RESPONSES = Anonymity.DEFAULT.minimum();

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

    /** The share of answered check-ins that said "we met", withheld under {@code anonymity}'s minimum of answers. */
    public OptionalDouble metShare(Anonymity anonymity) {
        return anonymity.allows(checkInsAnswered) ? OptionalDouble.of((double) metAnswers / checkInsAnswered) : OptionalDouble.empty();
    }

    /** The average feedback rating, withheld under {@code anonymity}'s minimum of responses. */
    public OptionalDouble averageRating(Anonymity anonymity) {
        return anonymity.allows(feedbackResponses) ? OptionalDouble.of((double) ratingTotal / feedbackResponses) : OptionalDouble.empty();
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
