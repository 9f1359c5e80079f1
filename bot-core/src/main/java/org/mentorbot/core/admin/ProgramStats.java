package org.mentorbot.core.admin;

import java.util.OptionalDouble;
import org.mentorbot.core.people.Anonymity;

/**
 * How the program is doing. Averages and shares over fewer answers than the {@link Anonymity}
 * minimum are withheld (empty), so that no answer can be traced to a person: the components
 * {@code metShare} and {@code averageRating} at the minimum the numbers were made with
 * ({@link #of}, {@link #plus}), {@link #metShare(Anonymity)} and {@link #averageRating(Anonymity)}
 * at the one asked for.
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

    /** No numbers at all: nothing to withhold, since every minimum is at least one answer. */
    public static final ProgramStats NONE = of(Anonymity.DEFAULT, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Numbers from counts; the share and the average are withheld under {@code anonymity}'s minimum of answers. */
    public static ProgramStats of(Anonymity anonymity, int mentors, int mentees, int activePairs, int pausedPairs, int endedPairs,
                                  int menteesWaiting, int checkInsSent, int checkInsAnswered, int metAnswers,
                                  int stalledPairs, int helpRequests, int pollsSent, int feedbackResponses,
                                  long ratingTotal) {
        return new ProgramStats(mentors, mentees, activePairs, pausedPairs, endedPairs, menteesWaiting, checkInsSent,
                checkInsAnswered,
                share(anonymity, metAnswers, checkInsAnswered), stalledPairs, helpRequests, pollsSent, feedbackResponses,
                share(anonymity, ratingTotal, feedbackResponses),
                metAnswers, ratingTotal);
    }

    /** The share of answered check-ins that said "we met", withheld under {@code anonymity}'s minimum of answers. */
    public OptionalDouble metShare(Anonymity anonymity) {
        return share(anonymity, metAnswers, checkInsAnswered);
    }

    /** The average feedback rating, withheld under {@code anonymity}'s minimum of responses. */
    public OptionalDouble averageRating(Anonymity anonymity) {
        return share(anonymity, ratingTotal, feedbackResponses);
    }

    /** The numbers of two programs together (a person in both counts in both), withheld under {@code anonymity}. */
    public ProgramStats plus(ProgramStats o, Anonymity anonymity) {
        return of(anonymity, mentors + o.mentors, mentees + o.mentees, activePairs + o.activePairs, pausedPairs + o.pausedPairs,
                endedPairs + o.endedPairs, menteesWaiting + o.menteesWaiting, checkInsSent + o.checkInsSent,
                checkInsAnswered + o.checkInsAnswered, metAnswers + o.metAnswers, stalledPairs + o.stalledPairs,
                helpRequests + o.helpRequests, pollsSent + o.pollsSent, feedbackResponses + o.feedbackResponses,
                ratingTotal + o.ratingTotal);
    }

    private static OptionalDouble share(Anonymity anonymity, long total, int answers) {
        return anonymity.allows(answers) ? OptionalDouble.of((double) total / answers) : OptionalDouble.empty();
    }
}
