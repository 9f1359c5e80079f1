package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.matching.Person.mentee;
import static org.mentorbot.core.matching.Person.mentor;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.pairing.MentorMentee;

class CompatibilityScorerTest {

    private final Copy copy = Copy.english();

    @Test
    void aMentorTwoLevelsAboveTheMenteeScoresHigherThanAPeer() {
        Person junior = mentee("mia").level(3);

        assertThat(Scoring.score(junior, mentor("senior").level(5))).isGreaterThan(Scoring.score(junior, mentor("peer").level(3)));
    }

    @Test
    void aMentorFarAboveTheMenteeScoresLessThanOneAFewLevelsAbove() {
        Person junior = mentee("mia").level(2);

        assertThat(Scoring.score(junior, mentor("near").level(4))).isGreaterThan(Scoring.score(junior, mentor("far").level(9)));
    }

    @Test
    void aMentorBelowTheMenteeIsNotEligibleByDefault() {
        assertThat(Scoring.score(mentee("mia").level(6), mentor("tom").level(4))).isEqualTo(CompatibilityScorer.INELIGIBLE);
    }

    @Test
    void programsMayAllowJuniorMentors() {
        MatchingWeights reverse = new MatchingWeights(20, 6, 3, 15, 2, 8, 0, true);

        assertThat(Scoring.score(mentee("mia").level(6), mentor("tom").level(4), reverse)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void noCommonLanguageMeansNotEligible() {
        assertThat(Scoring.score(mentee("mia").speaks("de"), mentor("tom").speaks("en", "fr"))).isEqualTo(CompatibilityScorer.INELIGIBLE);
        assertThat(Scoring.score(mentee("mia").speaks("de", "fr"), mentor("tom").speaks("en", "fr"))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aRareSkillWeighsMoreThanACommonSkill() {
        List<Person> mentors = List.of(
                mentor("a").offers("java", "rust"), mentor("b").offers("java"), mentor("c").offers("java"), mentor("d").offers("java"));
        Scoring scoring = Scoring.of(List.of(mentee("wantsJava").wants("java"), mentee("wantsRust").wants("rust")), mentors);

        assertThat(scoring.score(1, 0)).isGreaterThan(scoring.score(0, 0));
    }

    @Test
    void sharedSkillsScoreAboveNoSharedSkills() {
        Person mia = mentee("mia").wants("kubernetes");

        assertThat(Scoring.score(mia, mentor("tom").offers("kubernetes"))).isGreaterThan(Scoring.score(mia, mentor("ann").offers("excel")));
    }

    @Test
    void theSameDepartmentScoresLowerByDefault() {
        Person mia = mentee("mia").department("Platform");

        assertThat(Scoring.score(mia, mentor("tom").department("platform"))).isLessThan(Scoring.score(mia, mentor("ann").department("Sales")));
    }

    @Test
    void programsMayPreferTheSameDepartment() {
        MatchingWeights sameTeam = new MatchingWeights(20, 6, 3, 15, 2, 0, 8, false);
        Person mia = mentee("mia").department("Platform");

        assertThat(Scoring.score(mia, mentor("tom").department("Platform"), sameTeam))
                .isGreaterThan(Scoring.score(mia, mentor("ann").department("Sales"), sameTeam));
    }

    @Test
    void moreSharedWorkingHoursScoreHigher() {
        Person mia = mentee("mia").zone("Europe/Berlin");

        assertThat(Scoring.score(mia, mentor("tom").zone("Europe/Paris"))).isGreaterThan(Scoring.score(mia, mentor("ann").zone("America/New_York")));
        assertThat(Scoring.score(mia, mentor("ann").zone("America/New_York"))).isGreaterThan(Scoring.score(mia, mentor("kai").zone("Pacific/Auckland")));
    }

    @Test
    void goalsThatShareWordsScoreHigherAndStopWordsDoNotCount() {
        Person mia = mentee("mia").goals("I want to lead a platform team");

        int shared = Scoring.score(mia, mentor("tom").goals("Happy to help people lead teams on the platform"));
        int onlyStopWords = Scoring.score(mia, mentor("ann").goals("I want to help you"));

        assertThat(shared).isGreaterThan(onlyStopWords);
    }

    @Test
    void aSkillTheMenteeMentionsInGoalsCountsWhenTheMentorOffersIt() {
        Person mia = mentee("mia").goals("Get confident with terraform");

        assertThat(Scoring.score(mia, mentor("tom").offers("terraform"))).isGreaterThan(Scoring.score(mia, mentor("ann").offers("excel")));
    }

    @Test
    void nobodyMentorsThemselfOrTheirFormerMentee() {
        Person both = Person.both("sam");
        Scoring scoring = Scoring.of(List.of(Person.mentee("sam"), mentee("mia")), List.of(both, mentor("tom")),
                Set.of(new MentorMentee(new org.mentorbot.core.people.ParticipantId("tom"), new org.mentorbot.core.people.ParticipantId("mia"))),
                MatchingWeights.DEFAULTS);

        assertThat(scoring.score(0, 0)).isEqualTo(CompatibilityScorer.INELIGIBLE);
        assertThat(scoring.score(1, 1)).isEqualTo(CompatibilityScorer.INELIGIBLE);
        assertThat(scoring.score(0, 1)).isGreaterThanOrEqualTo(0);
        assertThat(scoring.score(1, 0)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void everyPairCarriesReasonsPeopleCanRead() {
        Scoring scoring = Scoring.of(
                List.of(mentee("mia").wants("kubernetes", "go").level(3).department("Sales").zone("Europe/Berlin")),
                List.of(mentor("tom").offers("kubernetes").level(5).department("Platform").zone("Europe/London").speaks("de", "en")));

        List<String> reasons = scoring.explain(0, 0).reasons().stream().map(r -> copy.text(r.key(), r.args().toArray())).toList();

        assertThat(reasons).containsExactly(
                "Both work on kubernetes",
                "Mentor is 2 levels more senior",
                "7 h of shared working hours",
                "Different departments: fresh perspective",
                "Common language: en");
    }

    @Test
    void theExplainedPartsAddUpToTheScore() {
        List<Person> mentees = List.of(mentee("a").wants("java", "sql").goals("lead a data team").level(2),
                mentee("b").wants("go").zone("Asia/Tokyo").department("Ops"), mentee("c").level(1).speaks("en", "es"));
        List<Person> mentors = List.of(mentor("x").offers("java", "data").goals("team lead").department("Ops").level(9),
                mentor("y").offers("go", "sql").zone("America/Chicago").level(3), Person.both("z").level(4).department("Ops"));
        Scoring scoring = Scoring.of(mentees, mentors);

        for (int i = 0; i < mentees.size(); i++) {
            for (int m = 0; m < mentors.size(); m++) {
                if (scoring.score(i, m) >= 0) {
                    assertThat(scoring.explain(i, m).total()).as("mentee %d mentor %d", i, m).isEqualTo(scoring.score(i, m));
                }
            }
        }
    }

    @Test
    void scoringAWholeRowGivesWhatScoringEachPairGives() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 20; round++) {
            List<Person> people = RandomRosters.people(random, 12, 8);
            List<Person> mentees = people.stream().filter(p -> p.build().profile().role().isMentored()).toList();
            List<Person> mentors = people.stream().filter(p -> p.build().profile().role().mentors()).toList();
            assertRowsMatchPairs(Scoring.of(mentees, mentors), mentees.size(), mentors.size(), round);
        }
    }

    /** Every mentee's whole row equals its pairs scored one by one, and the scratch space is left zero. */
    private static void assertRowsMatchPairs(Scoring scoring, int mentees, int mentors, int round) {
        int[] row = new int[mentors];
        int[] scratch = new int[scoring.scorer().scratchLength()];
        for (int i = 0; i < mentees; i++) {
            scoring.scorer().scoreRow(i, row, scratch);
            for (int m = 0; m < mentors; m++) {
                assertThat(row[m]).as("round %d mentee %d mentor %d", round, i, m).isEqualTo(scoring.score(i, m));
            }
            assertThat(java.util.Arrays.stream(scratch).allMatch(v -> v == 0)).isTrue();
        }
    }

    @Test
    void scoringAWholeRowGivesWhatScoringEachPairGivesUnderEveryRuleAndManyLanguages() {
        java.util.Random random = new java.util.Random(11);
        String[] languages = java.util.stream.IntStream.range(0, 150).mapToObj(k -> "l" + k).toArray(String[]::new);
        for (int round = 0; round < 60; round++) {
            List<Person> people = RandomRosters.people(random, 14, 10);
            for (Person person : people) {
                person.speaks(languages[random.nextInt(languages.length)], languages[random.nextInt(4)]);
                if (random.nextBoolean()) {
                    person.style(randomStyle(random));
                }
            }
            List<Person> mentees = people.stream().filter(p -> p.build().profile().role().isMentored()).toList();
            List<Person> mentors = people.stream().filter(p -> p.build().profile().role().mentors()).toList();
            MatchingRules rules = new MatchingRules(MatchingRules.Seniority.values()[random.nextInt(3)], random.nextBoolean(),
                    random.nextBoolean() ? null : random.nextInt(4));
            int[] priority = random.ints(mentees.size(), 0, 200).toArray();
            assertRowsMatchPairs(Scoring.of(mentees, mentors, Set.of(), MatchingWeights.DEFAULTS, rules, priority),
                    mentees.size(), mentors.size(), round);
        }
    }

    @Test
    void mentorsWhoOfferAWantedSkillAreScoredExactlyOnceAndTheBoundCoversEveryMentorNotScoredYetAndSinglePairsScoreAsPairs() {
        java.util.Random random = new java.util.Random(19);
        for (int round = 0; round < 40; round++) {
            List<Person> people = RandomRosters.broad(random, 1 + random.nextInt(20), 1 + random.nextInt(40), 2 + random.nextInt(30));
            for (Person person : people) {
                if (random.nextInt(5) == 0) {
                    person.speaks("de");
                }
                if (random.nextBoolean()) {
                    person.style(randomStyle(random));
                }
            }
            List<Person> mentees = people.stream().filter(p -> p.build().profile().role().isMentored()).toList();
            List<Person> mentors = people.stream().filter(p -> p.build().profile().role().mentors()).toList();
            Set<MentorMentee> previous = new java.util.HashSet<>();
            for (int k = 0; k < mentees.size() / 3; k++) {
                previous.add(new MentorMentee(mentors.get(random.nextInt(mentors.size())).id(), mentees.get(random.nextInt(mentees.size())).id()));
            }
            MatchingRules rules = new MatchingRules(MatchingRules.Seniority.values()[random.nextInt(3)], random.nextBoolean(),
                    random.nextBoolean() ? null : random.nextInt(4));
            int[] priority = random.ints(mentees.size(), 0, 200).toArray();
            Scoring scoring = Scoring.of(mentees, mentors, previous, MatchingWeights.DEFAULTS, rules, priority);
            CompatibilityScorer.Offerers offerers = scoring.scorer().new Offerers();
            CompatibilityScorer.SinglePairs single = scoring.scorer().new SinglePairs();
            for (int i = 0; i < mentees.size(); i++) {
                long[] price = random.longs(mentors.size(), -60, 60).toArray();
                assertOfferersOf(scoring, offerers, new long[mentors.size()], scoring.scorer().noPrices(), i,
                        "round " + round + " mentee " + i);
                assertOfferersOf(scoring, offerers, price, scoring.scorer().lowestPrices(price), i,
                        "round " + round + " mentee " + i + " at prices");
                long[] spread = random.longs(mentors.size(), -1_000_000, 1_000_000).toArray();
                assertOfferersOf(scoring, offerers, spread, scoring.scorer().lowestPrices(spread), i,
                        "round " + round + " mentee " + i + " at prices far apart");
                for (int m = mentors.size() - 1; m >= 0; m--) {
                    assertThat(single.applyAsInt(i, m)).as("round %d mentee %d mentor %d alone", round, i, m).isEqualTo(scoring.score(i, m));
                }
            }
        }
    }

    /**
     * Walks mentee {@code i}'s offerers at {@code price}: each pair listed is scored as one by
     * one, no mentor is listed twice, only mentors who offer a wanted skill are, and the bound is
     * never below the value ({@code score - price}) of an eligible mentor not listed yet, in the
     * end neither.
     */
    private static void assertOfferersOf(Scoring scoring, CompatibilityScorer.Offerers offerers, long[] price,
                                         CompatibilityScorer.RunPrices lowest, int i, String what) {
        int mentors = price.length;
        boolean[] listed = new boolean[mentors];
        CompatibilityIndex x = scoring.index();
        offerers.start(i, Integer.MAX_VALUE, lowest);
        while (true) {
            long highest = CompatibilityScorer.NONE_LEFT;
            for (int m = 0; m < mentors; m++) {
                if (!listed[m] && scoring.score(i, m) >= 0) {
                    highest = Math.max(highest, scoring.score(i, m) - price[m]);
                }
            }
            assertThat(offerers.bound()).as(what).isGreaterThanOrEqualTo(highest);
            int count = offerers.next();
            if (count < 0) {
                break;
            }
            for (int k = 0; k < count; k++) {
                int m = offerers.mentor[k];
                assertThat(listed[m]).as(what + ": mentor %d listed twice", m).isFalse();
                assertThat(offerers.score[k]).as(what + " mentor %d", m).isEqualTo(scoring.score(i, m)).isNotNegative();
                boolean offersAWantedSkill = false;
                for (int s = x.wantedFirst[i]; s < x.wantedFirst[i + 1]; s++) {
                    offersAWantedSkill |= CompatibilityIndex.hasBit(x.offered, m, x.skillWords, x.wanted[s]);
                }
                assertThat(offersAWantedSkill).as(what + ": mentor %d offers a wanted skill", m).isTrue();
                listed[m] = true;
            }
        }
        offerers.start(i, 0, lowest);
        assertThat(offerers.next()).as(what + ": a walk without a budget scores no one").isLessThanOrEqualTo(0);
    }

    private static org.mentorbot.core.people.WorkingStyle randomStyle(java.util.Random random) {
        var meeting = org.mentorbot.core.people.WorkingStyle.Meeting.values();
        var structure = org.mentorbot.core.people.WorkingStyle.Structure.values();
        var communication = org.mentorbot.core.people.WorkingStyle.Communication.values();
        return new org.mentorbot.core.people.WorkingStyle(random.nextBoolean() ? null : meeting[random.nextInt(meeting.length)],
                random.nextBoolean() ? null : structure[random.nextInt(structure.length)],
                random.nextBoolean() ? null : communication[random.nextInt(communication.length)]);
    }

    @Test
    void everyReasonAndUnmatchedKeyHasCopy() {
        for (String key : List.of("reason.sharedSkills", "reason.sharedGoals", "reason.moreSenior", "reason.moreSenior.one",
                "reason.lessSenior", "reason.lessSenior.one", "reason.sameLevel", "reason.sharedHours", "reason.differentDepartments",
                "reason.sameDepartment", "reason.commonLanguage", "reason.givenScore")) {
            assertThat(copy.has(key)).as(key).isTrue();
        }
        for (UnmatchedReason reason : UnmatchedReason.values()) {
            assertThat(copy.has("unmatched." + reason.name())).as(reason.name()).isTrue();
        }
    }
}
