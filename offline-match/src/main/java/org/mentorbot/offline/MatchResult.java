package org.mentorbot.offline;

import java.util.List;
import java.util.Objects;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.matching.MatchPlan;
import org.mentorbot.core.matching.ProposedPair;
import org.mentorbot.core.matching.Unmatched;
import org.mentorbot.core.pairing.MatchReason;

/** RESULT.json: the pairs with their readable reasons, the mentees left unmatched, the total score, and whether it is proven optimal. */
record MatchResult(List<Pair> pairs, List<String> unmatched, long totalScore, boolean optimal) {

    record Pair(String mentor, String mentee, int score, List<String> reasons) {
        Pair {
            Objects.requireNonNull(mentor, "mentor");
            Objects.requireNonNull(mentee, "mentee");
            reasons = List.copyOf(reasons);
        }
    }

    MatchResult {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    static MatchResult of(MatchPlan plan, Copy copy) {
        List<Pair> pairs = plan.pairs().stream().map(pair -> pair(pair, copy)).toList();
        List<String> unmatched = plan.unmatched().stream().map(Unmatched::mentee).map(id -> id.value()).toList();
        return new MatchResult(pairs, unmatched, plan.totalScore(), plan.optimal());
    }

    private static Pair pair(ProposedPair pair, Copy copy) {
        List<String> reasons = pair.reasons().stream().map(reason -> render(reason, copy)).toList();
        return new Pair(pair.mentor().value(), pair.mentee().value(), pair.score(), reasons);
    }

    static String render(MatchReason reason, Copy copy) {
        return copy.text(reason.key(), reason.args().toArray());
    }
}
