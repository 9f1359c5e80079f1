package org.mentorbot.core.matching;

import java.util.List;

/**
 * The outcome of a matching round before anything is sent: the pairs, the mentees left
 * waiting, the total score, and whether the matching is proven optimal (most mentees
 * matched, then highest total score).
 */
/* totalScore: the sum the solver maximised, fit and priority points. */
public record MatchPlan(List<ProposedPair> pairs, List<Unmatched> unmatched, long totalScore, boolean optimal) {

    public MatchPlan {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }
}
