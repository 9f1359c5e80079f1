package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.WorkingStyle;

/**
 * The scores and rules the matching modes added — working style, waiting and rematch priority,
 * different departments required, a maximum level gap, reverse seniority — against independent
 * methods: (1) the new parts of each pair's score and eligibility recomputed from the profiles
 * by hand, and (2) the round's objective (mentees matched, then total score with priority)
 * against exhaustive search over every assignment, on seeded random rosters.
 */
class FairMatchingOptimalityTest {

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46})
    void newScoresAndHardRulesAreWhatTheProfilesSayAndTheRoundIsTheExhaustiveOptimum(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            List<Person> people = RandomRosters.withStyles(random, 7, 4);
            MatchingRules rules = new MatchingRules(random.nextBoolean() ? MatchingRules.Seniority.MENTOR_SENIOR
                    : MatchingRules.Seniority.MENTEE_SENIOR, random.nextBoolean(), random.nextInt(3) == 0 ? null : random.nextInt(4));
            Map<ParticipantId, WaitingMentee> waiting = new HashMap<>();
            for (Person person : people) {
                if (random.nextInt(3) == 0) {
                    waiting.put(person.id(), new WaitingMentee(person.id(), random.nextInt(9), random.nextBoolean()));
                }
            }
            Set<MentorMentee> previous = new HashSet<>();

            List<Person> mentees = sorted(people, true);
            List<Person> mentors = sorted(people, false);
            int[] priority = mentees.stream().mapToInt(p -> points(waiting.get(p.id()))).toArray();
            Scoring full = Scoring.of(mentees, mentors, previous, MatchingWeights.DEFAULTS, rules, priority);
            Scoring plain = Scoring.of(mentees.stream().map(Person::withoutStyle).toList(),
                    mentors.stream().map(Person::withoutStyle).toList(), previous, MatchingWeights.DEFAULTS, rules, new int[mentees.size()]);
            for (int i = 0; i < mentees.size(); i++) {
                for (int m = 0; m < mentors.size(); m++) {
                    boolean eligible = eligible(mentees.get(i), mentors.get(m), rules);
                    String pair = "seed " + seed + " round " + round + " mentee " + i + " mentor " + m;
                    assertThat(full.score(i, m) >= 0).as(pair).isEqualTo(eligible);
                    if (eligible) {
                        int style = shared(mentees.get(i).workingStyle(), mentors.get(m).workingStyle()) * MatchingWeights.DEFAULTS.workingStyle();
                        assertThat(full.score(i, m)).as(pair).isEqualTo(plain.score(i, m) + style + priority[i]);
                        assertThat(full.explain(i, m).total()).as(pair).isEqualTo(full.score(i, m));
                    }
                }
            }

            MatchPlan plan = new Matcher(MatchingWeights.DEFAULTS, rules, java.time.Clock.fixed(
                    Scoring.WINTER_DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC))
                    .plan(new MatchingInput(people.stream().map(Person::build).toList(), Map.of(), Set.of(), previous, waiting));
            MatchingOptimalityTest.Objective expected = MatchingOptimalityTest.best(full, full.index().mentorCapacity.clone(), 0);
            assertThat(new MatchingOptimalityTest.Objective(plan.pairs().size(), plan.totalScore())).as("seed %d round %d", seed, round).isEqualTo(expected);
            assertThat(plan.optimal()).isTrue();
            for (ProposedPair pair : plan.pairs()) {
                int i = indexOf(mentees, pair.mentee());
                assertThat(pair.score()).as("a pair keeps its fit, without the priority").isEqualTo(full.score(i, indexOf(mentors, pair.mentor())) - priority[i]);
            }
        }
    }

    /** Priority as the contract states it: 15 points a round waited (at most 6 rounds), 150 after "not a good fit". */
    private static int points(WaitingMentee waiting) {
        return waiting == null ? 0 : Math.min(waiting.roundsWaited(), 6) * 15 + (waiting.rematch() ? 150 : 0);
    }

    private static int shared(WorkingStyle a, WorkingStyle b) {
        int shared = 0;
        if (a.meeting() != null && a.meeting().equals(b.meeting())) {
            shared++;
        }
        if (a.structure() != null && a.structure().equals(b.structure())) {
            shared++;
        }
        if (a.communication() != null && a.communication().equals(b.communication())) {
            shared++;
        }
        return shared;
    }

    /** Eligibility from the profiles and the rules, written out independently of the scorer. */
    private static boolean eligible(Person mentee, Person mentor, MatchingRules rules) {
        if (mentee.id().equals(mentor.id()) || mentee.languageCodes().stream().noneMatch(mentor.languageCodes()::contains)) {
            return false;
        }
        int gap = mentor.levelValue() - mentee.levelValue();
        if (rules.maxLevelGap() != null && Math.abs(gap) > rules.maxLevelGap()) {
            return false;
        }
        if (rules.seniority() == MatchingRules.Seniority.MENTOR_SENIOR ? gap < 0 : gap > 0) {
            return false;
        }
        return !(rules.differentDepartment() && !mentee.departmentName().isEmpty()
                && mentee.departmentName().equalsIgnoreCase(mentor.departmentName()));
    }

    private static List<Person> sorted(List<Person> people, boolean mentees) {
        List<Person> chosen = new ArrayList<>();
        for (Person person : people.stream().sorted(Comparator.comparing(Person::id)).toList()) {
            var role = person.build().profile().role();
            if (mentees ? role.isMentored() : role.mentors()) {
                chosen.add(person);
            }
        }
        return chosen;
    }

    private static int indexOf(List<Person> people, ParticipantId id) {
        for (int k = 0; k < people.size(); k++) {
            if (people.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new AssertionError("not in the roster: " + id);
    }
}
