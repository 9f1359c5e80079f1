package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;

/**
 * The matcher against an independent exact method: exhaustive search over every way of giving
 * each mentee one of the mentors who fit, on seeded random rosters with ties, zero-capacity
 * mentors, mentees nobody fits, people who are both mentor and mentee, and earlier pairings.
 * Only the objective is compared (pairs matched, then total score); equal optima may differ in pairs.
 */
class MatchingOptimalityTest {

    record Objective(int matched, long totalScore) {
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void theMatcherFindsTheBestObjectiveThatExhaustiveSearchFinds(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            List<Person> people = RandomRosters.people(random, 7, 4);
            Set<MentorMentee> previous = earlierPairs(random, people);

            MatchPlan plan = new Matcher(MatchingWeights.DEFAULTS, Scoring.WINTER_DAY)
                    .plan(new MatchingInput(people.stream().map(Person::build).toList(), Map.of(), Set.of(), previous));

            Objective expected = exhaustive(people, previous);
            assertThat(new Objective(plan.pairs().size(), plan.totalScore())).as("seed %d round %d", seed, round).isEqualTo(expected);
            assertThat(plan.optimal()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void pricingFromASingleCandidatePerPersonStillReachesTheExhaustiveOptimum(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 25; round++) {
            List<Person> people = RandomRosters.people(random, 7, 4);
            Scoring scoring = scoringOf(people, Set.of());

            PricedMatching.Outcome outcome = new PricedMatching(scoring.scorer(), scoring.index().menteeCount(), scoring.index().mentorCapacity, 1, 1).solve();

            Objective expected = exhaustive(people, Set.of());
            assertThat(new Objective(outcome.solved().matchedCount(), outcome.solved().totalScore())).as("seed %d round %d", seed, round).isEqualTo(expected);
            assertThat(outcome.optimal()).isTrue();
        }
    }

    @Test
    void onLargerRostersFewCandidatesAndAllCandidatesReachTheSameOptimum() {
        Random random = new Random(31);
        for (int round = 0; round < 12; round++) {
            Scoring scoring = scoringOf(RandomRosters.people(random, 90, 40), Set.of());
            CompatibilityIndex index = scoring.index();

            PricedMatching.Outcome few = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity, 1, 1).solve();
            PricedMatching.Outcome all = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity,
                    index.mentorCount(), index.menteeCount()).solve();

            assertThat(few.solved().matchedCount()).isEqualTo(all.solved().matchedCount());
            assertThat(few.solved().totalScore()).isEqualTo(all.solved().totalScore());
            assertThat(few.optimal()).isTrue();
            assertThat(all.optimal()).isTrue();
            assertThat(all.effort().rounds()).isEqualTo(1);
        }
    }

    @Test
    void whenSeatsAreScarceAndPricesFallTheOptimumIsStillTheOneEveryPairGives() {
        // over three mentees a seat: mentors fill up, their prices fall below the survey's, and a
        // pass has to look again at the mentors whose price fell most for mentees the survey settled
        Random random = new Random(43);
        int repriced = 0;
        for (int round = 0; round < 8; round++) {
            List<Person> people = RandomRosters.broad(random, 600, 120, 30);
            Scoring scoring = scoringOf(people, earlierPairs(random, people));
            CompatibilityIndex index = scoring.index();

            PricedMatching.Outcome all = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity,
                    index.mentorCount(), index.menteeCount()).solve();
            for (int[] counts : new int[][] {{1, 1}, {PricedMatching.PER_MENTEE, PricedMatching.PER_MENTOR}}) {
                PricedMatching.Outcome few = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity,
                        counts[0], counts[1]).solve();

                assertThat(few.solved().matchedCount()).as("round %d", round).isEqualTo(all.solved().matchedCount());
                assertThat(few.solved().totalScore()).as("round %d", round).isEqualTo(all.solved().totalScore());
                assertThat(few.optimal()).isTrue();
                assertThat(few.effort().rowsSurveyed()).as("round %d: mentees settled by a walk", round).isLessThan(index.menteeCount());
                repriced += few.effort().rounds() > 1 ? 1 : 0;
            }
        }
        assertThat(repriced).as("rosters where pricing found pairs to add").isPositive();
    }

    @Test
    void whenTheMentorsWhoOfferTheirSkillsSettleMostMenteesTheOptimumIsTheOneEveryPairGives() {
        Random random = new Random(41);
        int settled = 0;
        int mentees = 0;
        for (int round = 0; round < 12; round++) {
            List<Person> people = RandomRosters.broad(random, 300, 500, 30);
            Scoring scoring = scoringOf(people, earlierPairs(random, people));
            CompatibilityIndex index = scoring.index();

            for (int[] counts : new int[][] {{1, 1}, {PricedMatching.PER_MENTEE, PricedMatching.PER_MENTOR}}) {
                PricedMatching.Outcome few = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity,
                        counts[0], counts[1]).solve();
                PricedMatching.Outcome all = new PricedMatching(scoring.scorer(), index.menteeCount(), index.mentorCapacity,
                        index.mentorCount(), index.menteeCount()).solve();

                assertThat(few.solved().matchedCount()).as("round %d", round).isEqualTo(all.solved().matchedCount());
                assertThat(few.solved().totalScore()).as("round %d", round).isEqualTo(all.solved().totalScore());
                assertThat(few.optimal()).isTrue();
                assertThat(all.effort().rowsSurveyed()).isEqualTo(index.menteeCount());
                settled += index.menteeCount() - few.effort().rowsSurveyed();
                mentees += index.menteeCount();
            }
        }
        assertThat(settled).as("mentees settled without their whole row").isGreaterThan(mentees / 5);
    }

    private static Set<MentorMentee> earlierPairs(Random random, List<Person> people) {
        List<ParticipantId> ids = people.stream().map(Person::id).toList();
        Set<MentorMentee> previous = new java.util.HashSet<>();
        for (int k = 0; k < 2 && ids.size() > 1; k++) {
            ParticipantId a = ids.get(random.nextInt(ids.size()));
            ParticipantId b = ids.get(random.nextInt(ids.size()));
            if (!a.equals(b)) {
                previous.add(new MentorMentee(a, b));
            }
        }
        return previous;
    }

    private static Scoring scoringOf(List<Person> people, Set<MentorMentee> previous) {
        List<Person> mentees = new ArrayList<>();
        List<Person> mentors = new ArrayList<>();
        for (Person person : people.stream().sorted(java.util.Comparator.comparing(Person::id)).toList()) {
            Participant p = person.build();
            if (p.profile().role().isMentored()) {
                mentees.add(person);
            }
            if (p.profile().role().mentors()) {
                mentors.add(person);
            }
        }
        return Scoring.of(mentees, mentors, previous, MatchingWeights.DEFAULTS);
    }

    private static Objective exhaustive(List<Person> people, Set<MentorMentee> previous) {
        Scoring scoring = scoringOf(people, previous);
        int[] capacity = scoring.index().mentorCapacity.clone();
        return best(scoring, capacity, 0);
    }

    /** The best objective over every assignment of mentees {@code mentee..} to mentors with seats left: exhaustive search. */
    static Objective best(Scoring scoring, int[] capacity, int mentee) {
        if (mentee == scoring.index().menteeCount()) {
            return new Objective(0, 0);
        }
        Objective best = best(scoring, capacity, mentee + 1);
        for (int m = 0; m < capacity.length; m++) {
            int score = scoring.score(mentee, m);
            if (score >= 0 && capacity[m] > 0) {
                capacity[m]--;
                Objective rest = best(scoring, capacity, mentee + 1);
                capacity[m]++;
                Objective with = new Objective(rest.matched() + 1, rest.totalScore() + score);
                if (with.matched() > best.matched() || (with.matched() == best.matched() && with.totalScore() > best.totalScore())) {
                    best = with;
                }
            }
        }
        return best;
    }
}
