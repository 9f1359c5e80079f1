package org.mentorbot.core.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.matching.solver.SolvedMatching;
import org.mentorbot.core.people.Participant;

/**
 * Decides which mentor each waiting mentee gets in a matching round.
 *
 * <p>Every active mentee without a mentor is scored against every active mentor (see
 * {@link CompatibilityScorer} for what counts and what rules a pair out), and the round picks
 * the matching with the most pairs and, among those, the highest total score, within each
 * mentor's remaining capacity. The plan says whether that optimum was proven. Working hours are
 * compared on the round's reference date (today by the clock), because daylight-saving time
 * moves the overlap between zones. Same input and date, same plan.
 */
public final class Matcher {

    private final MatchingWeights weights;
    private final MatchingRules rules;
    private final Clock clock;

    public Matcher(MatchingWeights weights, Clock clock) {
        this(weights, MatchingRules.DEFAULTS, clock);
    }

    /** A matcher for a program with its own hard rules; peers ({@link MatchingRules.Seniority#NONE}) all mentor and are mentored. */
    public Matcher(MatchingWeights weights, MatchingRules rules, Clock clock) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A matcher that compares working hours as they are on {@code referenceDate}. */
    public Matcher(MatchingWeights weights, LocalDate referenceDate) {
        this(weights, Clock.fixed(referenceDate.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    public Matcher() {
        this(MatchingWeights.DEFAULTS, Clock.systemUTC());
    }

    public static Matcher withDefaults() {
        return new Matcher();
    }

    public MatchPlan plan(MatchingInput input) {
        List<Participant> mentees = new ArrayList<>();
        List<Participant> mentors = new ArrayList<>();
        boolean peers = rules.seniority() == MatchingRules.Seniority.NONE;
        for (Participant p : input.participants()) {
            if (!p.isActive()) {
                continue;
            }
            if (peers || p.profile().role().mentors()) {
                mentors.add(p);
            }
            if ((peers || p.profile().role().isMentored()) && !input.pairedMentees().contains(p.id())) {
                mentees.add(p);
            }
        }
        mentees.sort(Comparator.comparing(Participant::id));
        mentors.sort(Comparator.comparing(Participant::id));
        int[] capacity = mentors.stream().mapToInt(m -> peers
                ? input.remainingCapacity(m, Math.max(1, m.profile().mentorCapacity()))
                : input.remainingCapacity(m)).toArray();
        CompatibilityIndex index = new CompatibilityIndex(mentees, mentors, capacity, input.previousPairs(), weights, rules, LocalDate.now(clock));
        CompatibilityScorer scorer = new CompatibilityScorer(index);
        PricedMatching.Outcome outcome = new PricedMatching(scorer, mentees.size(), capacity).solve();
        return assemble(index, scorer, outcome);
    }

    private static MatchPlan assemble(CompatibilityIndex index, CompatibilityScorer scorer, PricedMatching.Outcome outcome) {
        SolvedMatching solved = outcome.solved();
        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < index.menteeCount(); i++) {
            Participant mentee = index.mentees.get(i);
            int mentor = solved.mentorOf(i);
            if (mentor < 0) {
                UnmatchedReason reason = outcome.eligibleMentors()[i] == 0 ? UnmatchedReason.NO_ELIGIBLE_MENTOR : UnmatchedReason.CAPACITY_EXHAUSTED;
                unmatched.add(new Unmatched(mentee.id(), reason));
            } else {
                int score = outcome.problem().edgeScore(solved.edgeOf(i));
                pairs.add(new ProposedPair(index.mentors.get(mentor).id(), mentee.id(), score, scorer.explain(i, mentor).reasons()));
            }
        }
        return new MatchPlan(pairs, unmatched, solved.totalScore(), outcome.optimal());
    }
}
