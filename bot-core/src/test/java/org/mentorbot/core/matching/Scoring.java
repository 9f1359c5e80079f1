package org.mentorbot.core.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.Participant;

/** Scores pairs the way a matching round does, for tests that ask "how does this mentor fit that mentee?". */
final class Scoring {

    static final LocalDate WINTER_DAY = LocalDate.of(2025, 1, 15);

    private final CompatibilityIndex index;
    private final CompatibilityScorer scorer;

    private Scoring(List<Participant> mentees, List<Participant> mentors, Set<MentorMentee> previous, MatchingWeights weights) {
        this(mentees, mentors, previous, weights, MatchingRules.DEFAULTS, new int[mentees.size()]);
    }

    private Scoring(List<Participant> mentees, List<Participant> mentors, Set<MentorMentee> previous, MatchingWeights weights,
                    MatchingRules rules, int[] priority) {
        int[] capacity = mentors.stream().mapToInt(p -> p.profile().mentorCapacity()).toArray();
        index = new CompatibilityIndex(mentees, mentors, capacity, previous, weights, rules, WINTER_DAY, priority);
        scorer = new CompatibilityScorer(index);
    }

    /** Under a program's hard rules, with priority points per mentee (in the order given). */
    static Scoring of(List<Person> mentees, List<Person> mentors, Set<MentorMentee> previous, MatchingWeights weights,
                      MatchingRules rules, int[] priority) {
        return new Scoring(mentees.stream().map(Person::build).toList(), mentors.stream().map(Person::build).toList(), previous,
                weights, rules, priority);
    }

    static Scoring of(List<Person> mentees, List<Person> mentors) {
        return of(mentees, mentors, Set.of(), MatchingWeights.DEFAULTS);
    }

    static Scoring of(List<Person> mentees, List<Person> mentors, Set<MentorMentee> previous, MatchingWeights weights) {
        return new Scoring(mentees.stream().map(Person::build).toList(), mentors.stream().map(Person::build).toList(), previous, weights);
    }

    /** The score of the only mentor for the only mentee. */
    static int score(Person mentee, Person mentor) {
        return of(List.of(mentee), List.of(mentor)).score(0, 0);
    }

    static int score(Person mentee, Person mentor, MatchingWeights weights) {
        return of(List.of(mentee), List.of(mentor), Set.of(), weights).score(0, 0);
    }

    int score(int mentee, int mentor) {
        return scorer.score(mentee, mentor);
    }

    ScoreBreakdown explain(int mentee, int mentor) {
        return scorer.explain(mentee, mentor);
    }

    CompatibilityScorer scorer() {
        return scorer;
    }

    CompatibilityIndex index() {
        return index;
    }
}
