package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.matching.Person.both;
import static org.mentorbot.core.matching.Person.mentee;
import static org.mentorbot.core.matching.Person.mentor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;

class MatcherTest {

    private final Matcher matcher = new Matcher(MatchingWeights.DEFAULTS, Scoring.WINTER_DAY);

    private MatchPlan plan(Person... people) {
        return plan(Map.of(), Set.of(), Set.of(), people);
    }

    private MatchPlan plan(Map<ParticipantId, Integer> load, Set<ParticipantId> paired, Set<MentorMentee> previous, Person... people) {
        return matcher.plan(new MatchingInput(Arrays.stream(people).map(Person::build).toList(), load, paired, previous));
    }

    @Test
    void aMenteeGetsTheMentorWhoFitsBest() {
        MatchPlan plan = plan(mentee("mia").wants("kubernetes"), mentor("tom").offers("excel"), mentor("ann").offers("kubernetes"));

        assertThat(plan.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.mentor()).isEqualTo(new ParticipantId("ann"));
            assertThat(pair.reasons()).contains(MatchReason.of("reason.sharedSkills", "kubernetes"));
        });
        assertThat(plan.optimal()).isTrue();
    }

    @Test
    void moreMenteesMatchedBeatsAHigherScore() {
        // ann fits both; tom only speaks German, which only leo speaks
        MatchPlan plan = plan(mentee("mia").wants("go"), mentee("leo").speaks("de", "en"),
                mentor("ann").offers("go"), mentor("tom").speaks("de"));

        assertThat(plan.pairs()).hasSize(2);
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void pausedAndDepartedPeopleAreLeftOut() {
        MatchPlan plan = plan(mentee("mia").status(ParticipantStatus.PAUSED), mentee("leo").status(ParticipantStatus.LEFT),
                mentee("eva"), mentor("tom").status(ParticipantStatus.PAUSED), mentor("ann"));

        assertThat(plan.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.mentee()).isEqualTo(new ParticipantId("eva"));
            assertThat(pair.mentor()).isEqualTo(new ParticipantId("ann"));
        });
        assertThat(plan.unmatched()).isEmpty();
    }

    @Test
    void aFullMentorTakesNobodyAndTheMenteeLearnsWhy() {
        MatchPlan plan = plan(Map.of(new ParticipantId("tom"), 2), Set.of(), Set.of(), mentee("mia"), mentor("tom").capacity(2));

        assertThat(plan.pairs()).isEmpty();
        assertThat(plan.unmatched()).containsExactly(new Unmatched(new ParticipantId("mia"), UnmatchedReason.CAPACITY_EXHAUSTED));
    }

    @Test
    void aMenteeNobodyFitsIsToldSo() {
        MatchPlan plan = plan(mentee("mia").speaks("ja"), mentor("tom"));

        assertThat(plan.unmatched()).containsExactly(new Unmatched(new ParticipantId("mia"), UnmatchedReason.NO_ELIGIBLE_MENTOR,
                List.of(Exclusion.LANGUAGE)));
    }

    @Test
    void menteesWhoHaveAMentorAndEarlierPairsAreNotMatchedAgain() {
        MatchPlan plan = plan(Map.of(), Set.of(new ParticipantId("leo")), Set.of(new MentorMentee(new ParticipantId("tom"), new ParticipantId("mia"))),
                mentee("mia"), mentee("leo"), mentor("tom"));

        assertThat(plan.pairs()).isEmpty();
        assertThat(plan.unmatched()).containsExactly(new Unmatched(new ParticipantId("mia"), UnmatchedReason.NO_ELIGIBLE_MENTOR,
                List.of(Exclusion.PAIRED_BEFORE)));
    }

    @Test
    void someoneWhoIsBothMentorsOthersButNeverThemself() {
        MatchPlan plan = plan(both("sam").level(5), mentee("mia").level(2), mentor("tom").level(7));

        assertThat(plan.pairs()).hasSize(2).noneMatch(pair -> pair.mentor().equals(pair.mentee()));
        assertThat(plan.pairs()).anySatisfy(pair -> assertThat(pair.mentee()).isEqualTo(new ParticipantId("sam")));
    }

    @Test
    void theTotalIsTheSumOfThePairScoresAndTheOrderFollowsTheMentees() {
        MatchPlan plan = plan(mentee("b").wants("go"), mentee("a").wants("sql"), mentor("x").offers("go").capacity(2), mentor("y").offers("sql"));

        assertThat(plan.totalScore()).isEqualTo(plan.pairs().stream().mapToLong(ProposedPair::score).sum());
        assertThat(plan.pairs()).extracting(ProposedPair::mentee).containsExactly(new ParticipantId("a"), new ParticipantId("b"));
    }

    @Test
    void identicalPeopleAreStillMatchedAsFullyAsCapacityAllows() {
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            people.add(mentee("e" + i).wants("java"));
        }
        for (int m = 0; m < 80; m++) {
            people.add(mentor("m" + m).offers("java").capacity(1 + m % 5));
        }

        MatchPlan plan = plan(people.toArray(Person[]::new));

        assertThat(plan.pairs()).hasSize(240);
        assertThat(plan.optimal()).isTrue();
    }

    @Test
    void aRoundWithMenteesButNoMentorsLeavesEveryoneWaiting() {
        MatchPlan plan = plan(mentee("mia"), mentee("leo"));

        assertThat(plan.unmatched()).extracting(Unmatched::reason).containsOnly(UnmatchedReason.NO_ELIGIBLE_MENTOR);
        assertThat(plan.optimal()).isTrue();
    }

    @Test
    void anEmptyRoundIsOptimal() {
        MatchPlan plan = plan();

        assertThat(plan.pairs()).isEmpty();
        assertThat(plan.optimal()).isTrue();
    }

    @Test
    void theSameRosterInAnotherOrderGivesTheSamePlan() {
        List<Person> people = RandomRosters.people(new java.util.Random(5), 30, 10);
        MatchPlan forward = plan(people.toArray(Person[]::new));
        List<Person> reversed = new java.util.ArrayList<>(people);
        java.util.Collections.reverse(reversed);
        MatchPlan backward = plan(reversed.toArray(Person[]::new));

        assertThat(backward).isEqualTo(forward);
    }

    @Test
    void aMeasuredPlanIsThePlanWithWhatFindingItTook() {
        List<Person> people = RandomRosters.people(new java.util.Random(7), 60, 15);
        MatchingInput input = new MatchingInput(people.stream().map(Person::build).toList(), Map.of(), Set.of(), Set.of());

        Matcher.Measured measured = matcher.measuredPlan(input);

        assertThat(measured.plan()).isEqualTo(matcher.plan(input));
        Matcher.Effort effort = measured.effort();
        assertThat(effort.rounds()).isBetween(1, PricedMatching.MAX_ROUNDS);
        assertThat(effort.rowsSurveyed()).isBetween(0, (int) people.stream().filter(p -> p.build().profile().role().isMentored()).count());
        assertThat(List.of(effort.survey(), effort.solves(), effort.pricing()))
                .allSatisfy(time -> assertThat(time).isGreaterThanOrEqualTo(java.time.Duration.ZERO));
    }
}
