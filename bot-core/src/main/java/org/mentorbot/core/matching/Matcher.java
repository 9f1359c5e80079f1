package org.mentorbot.core.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.matching.solver.SolvedMatching;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which mentor each waiting mentee gets in a matching round.
 *
 * <p>Every active mentee without a mentor is scored against every active mentor (see
 * {@link CompatibilityScorer} for what counts and what rules a pair out), and the round picks
 * the matching with the most pairs and, among those, the highest total score, within each
 * mentor's remaining capacity. A mentee who waited earlier rounds, or whose last pairing ended as
 * "not a good fit", brings priority points to each of their pairs, so the objective prefers
 * matching them; the pairs keep their scores without those points. The plan says whether that
 * optimum was proven. Working hours are
 * compared on the round's reference date (today by the clock), because daylight-saving time
 * moves the overlap between zones. Same input and date, same plan.
 */
public final class Matcher {

    private static final Logger log = LoggerFactory.getLogger(Matcher.class);
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

    /** The program's hard rules this matcher applies. */
    public MatchingRules rules() {
        return rules;
    }

    /**
     * What finding a plan took, for operators and benchmarks: how many times the solver ran
     * (pricing rounds), how many mentees' whole rows the survey scored, and the time spent
     * surveying every mentee's best pairs, in the solver, and pricing every pair against the
     * solver's prices.
     */
    public record Effort(int rounds, int rowsSurveyed, Duration survey, Duration solves, Duration pricing) {

        public Effort {
            Objects.requireNonNull(survey, "survey");
            Objects.requireNonNull(solves, "solves");
            Objects.requireNonNull(pricing, "pricing");
        }
    }

    /** A plan and what finding it took. */
    public record Measured(MatchPlan plan, Effort effort) {
    }

    public static Matcher withDefaults() {
        return new Matcher();
    }

    public MatchPlan plan(MatchingInput input) {
        return measuredPlan(input).plan();
    }

    /** The plan {@link #plan} gives, with what finding it took; the same is logged. */
    public Measured measuredPlan(MatchingInput input) {
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
        int[] priority = mentees.stream().mapToInt(p -> priorityPoints(input, p)).toArray();
        long started = System.nanoTime();
        CompatibilityIndex index = new CompatibilityIndex(mentees, mentors, capacity, input.previousPairs(), weights, rules,
                LocalDate.now(clock), priority);
        CompatibilityScorer scorer = new CompatibilityScorer(index);
        PricedMatching.Outcome outcome = new PricedMatching(scorer, mentees.size(), capacity).solve();
        MatchPlan plan = assemble(index, scorer, outcome);
        Effort effort = outcome.effort();
        log.info("Matched {} mentees with {} mentors in {} ms: {} pairs, {}; {} solver rounds; survey {} ms ({} rows scored whole), "
                        + "solver {} ms, pricing {} ms", mentees.size(), mentors.size(), (System.nanoTime() - started) / 1_000_000,
                plan.pairs().size(), plan.optimal() ? "proven optimal" : "not proven optimal", effort.rounds(),
                effort.survey().toMillis(), effort.rowsSurveyed(), effort.solves().toMillis(), effort.pricing().toMillis());
        return new Measured(plan, effort);
    }

    private int priorityPoints(MatchingInput input, Participant mentee) {
        WaitingMentee waiting = input.waiting().get(mentee.id());
        return waiting == null ? 0 : weights.priorityPoints(waiting.roundsWaited(), waiting.rematch());
    }

    /**
     * Up to {@code limit} mentors for one mentee, best first (ties by id), among those with a seat
     * left in {@code input} and not in {@code skip}, with the reasons for each. Scored exactly as a
     * round scores, without the mentee's priority (it does not change their order).
     */
    public List<ProposedPair> suggest(MatchingInput input, ParticipantId menteeId, int limit, java.util.Set<ParticipantId> skip) {
        Participant mentee = input.participants().stream().filter(p -> p.id().equals(menteeId) && p.isActive()).findFirst().orElse(null);
        if (mentee == null) {
            return List.of();
        }
        boolean peers = rules.seniority() == MatchingRules.Seniority.NONE;
        List<Participant> mentors = new ArrayList<>();
        for (Participant p : input.participants()) {
            int seats = peers ? input.remainingCapacity(p, Math.max(1, p.profile().mentorCapacity())) : input.remainingCapacity(p);
            if (p.isActive() && (peers || p.profile().role().mentors()) && seats > 0 && !skip.contains(p.id()) && !p.id().equals(menteeId)) {
                mentors.add(p);
            }
        }
        mentors.sort(Comparator.comparing(Participant::id));
        int[] capacity = new int[mentors.size()];
        java.util.Arrays.fill(capacity, 1);
        CompatibilityIndex index = new CompatibilityIndex(List.of(mentee), mentors, capacity, input.previousPairs(), weights, rules,
                LocalDate.now(clock));
        CompatibilityScorer scorer = new CompatibilityScorer(index);
        int[] row = new int[mentors.size()];
        scorer.scoreRow(0, row, new int[scorer.scratchLength()]);
        List<Integer> order = new ArrayList<>();
        for (int m = 0; m < row.length; m++) {
            if (row[m] >= 0) {
                order.add(m);
            }
        }
        order.sort(Comparator.comparingInt((Integer m) -> -row[m]).thenComparing(m -> mentors.get(m).id()));
        return order.stream().limit(limit).map(m -> new ProposedPair(mentors.get(m).id(), menteeId, row[m],
                scorer.explain(0, m).reasons())).toList();
    }

    private static MatchPlan assemble(CompatibilityIndex index, CompatibilityScorer scorer, PricedMatching.Outcome outcome) {
        SolvedMatching solved = outcome.solved();
        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < index.menteeCount(); i++) {
            Participant mentee = index.mentees.get(i);
            int mentor = solved.mentorOf(i);
            if (mentor < 0) {
                boolean none = outcome.eligibleMentors()[i] == 0;
                unmatched.add(new Unmatched(mentee.id(), none ? UnmatchedReason.NO_ELIGIBLE_MENTOR : UnmatchedReason.CAPACITY_EXHAUSTED,
                        none ? rulesAgainst(index, scorer, i) : List.of()));
            } else {
                int score = outcome.problem().edgeScore(solved.edgeOf(i)) - index.menteeBonus[i];
                pairs.add(new ProposedPair(index.mentors.get(mentor).id(), mentee.id(), score, scorer.explain(i, mentor).reasons()));
            }
        }
        return new MatchPlan(pairs, unmatched, solved.totalScore(), outcome.optimal());
    }

    /** Each rule that rules out a mentor for mentee {@code i}, in {@link Exclusion} order; {@code NO_MENTORS} when there are none. */
    private static List<Exclusion> rulesAgainst(CompatibilityIndex index, CompatibilityScorer scorer, int i) {
        java.util.EnumSet<Exclusion> rules = java.util.EnumSet.noneOf(Exclusion.class);
        for (int m = 0; m < index.mentorCount(); m++) {
            Exclusion rule = scorer.exclusion(i, m);
            if (rule != null && !(rule == Exclusion.PAIRED_BEFORE && index.mentors.get(m).id().equals(index.mentees.get(i).id()))) {
                rules.add(rule);
            }
        }
        return rules.isEmpty() ? List.of(Exclusion.NO_MENTORS) : List.copyOf(rules);
    }
}
