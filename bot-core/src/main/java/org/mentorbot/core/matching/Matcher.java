package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.enrollment.Participant;
import org.mentorbot.core.people.ParticipantId;

/**
 * Decides which mentor each waiting mentee gets. Respects roles, capacities, a common
 * language and seniority, and never pairs anyone with themself or repeats a pairing.
 */
public final class Matcher {

    public MatchPlan plan(MatchingInput input) {
        List<Participant> mentors = new ArrayList<>();
        List<Participant> mentees = new ArrayList<>();
        for (Participant p : input.participants()) {
            if (!p.isActive()) {
                continue;
            }
            if (p.profile().role().mentors() && p.profile().mentorCapacity() > 0) {
                mentors.add(p);
            }
            if (p.profile().role().isMentored() && !input.pairedMentees().contains(p.id())) {
                mentees.add(p);
            }
        }
        mentees.sort(Comparator.comparing(Participant::id));
        mentors.sort(Comparator.comparing(Participant::id));
        Map<ParticipantId, Integer> remaining = new HashMap<>();
        mentors.forEach(m -> remaining.put(m.id(), input.remainingCapacity(m)));

        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        long total = 0;
        for (Participant mentee : mentees) {
            Participant best = null;
            int bestScore = -1;
            boolean anyEligible = false;
            for (Participant mentor : mentors) {
                if (!eligible(input, mentor, mentee)) {
                    continue;
                }
                anyEligible = true;
                int score = score(mentor, mentee);
                if (remaining.get(mentor.id()) > 0 && score > bestScore) {
                    best = mentor;
                    bestScore = score;
                }
            }
            if (best == null) {
                unmatched.add(new Unmatched(mentee.id(), anyEligible ? UnmatchedReason.CAPACITY_EXHAUSTED : UnmatchedReason.NO_ELIGIBLE_MENTOR));
                continue;
            }
            remaining.merge(best.id(), -1, Integer::sum);
            total += bestScore;
            pairs.add(new ProposedPair(best.id(), mentee.id(), bestScore, reasons(best, mentee)));
        }
        return new MatchPlan(pairs, unmatched, total, false);
    }

    private static boolean eligible(MatchingInput input, Participant mentor, Participant mentee) {
        return !mentor.id().equals(mentee.id())
                && !input.previousPairs().contains(new MentorMentee(mentor.id(), mentee.id()))
                && mentor.profile().level() >= mentee.profile().level()
                && mentor.profile().languages().stream().anyMatch(mentee.profile().languages()::contains);
    }

    private static int score(Participant mentor, Participant mentee) {
        return 10 * sharedSkills(mentor, mentee).size();
    }

    private static List<String> sharedSkills(Participant mentor, Participant mentee) {
        return mentee.profile().skillsWanted().stream().filter(mentor.profile().skillsOffered()::contains).toList();
    }

    private static List<MatchReason> reasons(Participant mentor, Participant mentee) {
        List<String> shared = sharedSkills(mentor, mentee);
        return shared.isEmpty() ? List.of() : List.of(MatchReason.of("reason.sharedSkills", String.join(", ", shared)));
    }
}
