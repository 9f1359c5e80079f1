package org.mentorbot.core.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingSolverTest {

    private final MatchingSolver solver = new MatchingSolver();

    @Test
    void matchesAsManyMenteesAsPossibleBeforeLookingAtScores() {
        // mentee 0 could take mentor 0 for 100, but then mentee 1 (who only fits mentor 0) goes without
        BipartiteProblem problem = BipartiteProblem.of(2, new int[] {1, 1},
                new int[] {0, 0, 1}, new int[] {0, 1, 0}, new int[] {100, 1, 1});

        SolvedMatching solved = solver.solve(problem);

        assertThat(solved.matchedCount()).isEqualTo(2);
        assertThat(solved.totalScore()).isEqualTo(2);
        assertThat(solved.mentorOf(0)).isEqualTo(1);
        assertThat(solved.mentorOf(1)).isEqualTo(0);
        assertThat(solved.proven()).isTrue();
    }

    @Test
    void aMentorTakesUpToItsCapacity() {
        BipartiteProblem problem = BipartiteProblem.of(3, new int[] {2},
                new int[] {0, 1, 2}, new int[] {0, 0, 0}, new int[] {5, 7, 6});

        SolvedMatching solved = solver.solve(problem);

        assertThat(solved.matchedCount()).isEqualTo(2);
        assertThat(solved.totalScore()).isEqualTo(13);
        assertThat(solved.mentorOf(0)).isEqualTo(-1);
    }

    @Test
    void anEmptyProblemIsTriviallyOptimal() {
        SolvedMatching solved = solver.solve(BipartiteProblem.of(0, new int[0], new int[0], new int[0], new int[0]));

        assertThat(solved.matchedCount()).isZero();
        assertThat(solved.proven()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithExhaustiveSearchOnRandomSmallProblems(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            BipartiteProblem problem = RandomProblems.next(random, 7, 4, round % 2 == 0 ? 3 : 40);

            SolvedMatching solved = solver.solve(problem);

            ExhaustiveMatching.Objective expected = ExhaustiveMatching.best(problem);
            assertThat(solved.matchedCount()).as("seed %d round %d matched", seed, round).isEqualTo(expected.matched());
            assertThat(solved.totalScore()).as("seed %d round %d score", seed, round).isEqualTo(expected.totalScore());
            assertThat(solved.proven()).isTrue();
            assertRespectsCapacities(problem, solved);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void scoresAtTheEndsOfTheIntRangeKeepTheirOrder(long seed) {
        // costs then run up to 2^32, the most a pair's sorting key holds
        int[] extremes = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            BipartiteProblem drawn = RandomProblems.next(random, 6, 3, 3);
            int[] mentees = new int[drawn.edgeCount()];
            int[] mentors = new int[drawn.edgeCount()];
            int[] scores = new int[drawn.edgeCount()];
            int[] capacity = new int[drawn.mentorCount()];
            for (int e = 0; e < drawn.edgeCount(); e++) {
                mentees[e] = drawn.edgeMentee(e);
                mentors[e] = drawn.edgeMentor(e);
                scores[e] = extremes[random.nextInt(extremes.length)];
            }
            for (int m = 0; m < capacity.length; m++) {
                capacity[m] = drawn.mentorCapacity(m);
            }
            BipartiteProblem problem = new BipartiteProblem(drawn.menteeCount(), capacity, mentees, mentors, scores,
                    scores.length, 1L << 31);

            SolvedMatching solved = solver.solve(problem);

            ExhaustiveMatching.Objective expected = ExhaustiveMatching.best(problem);
            assertThat(solved.matchedCount()).as("seed %d round %d matched", seed, round).isEqualTo(expected.matched());
            assertThat(solved.totalScore()).as("seed %d round %d score", seed, round).isEqualTo(expected.totalScore());
            assertThat(solved.proven()).isTrue();
        }
    }

    @Test
    void sameProblemSameMatching() {
        BipartiteProblem problem = RandomProblems.next(new Random(99), 40, 12, 2);

        SolvedMatching first = solver.solve(problem);
        SolvedMatching second = solver.solve(problem);

        for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
            assertThat(second.mentorOf(mentee)).isEqualTo(first.mentorOf(mentee));
        }
    }

    static void assertRespectsCapacities(BipartiteProblem problem, SolvedMatching solved) {
        int[] load = new int[problem.mentorCount()];
        int matched = 0;
        for (int mentee = 0; mentee < problem.menteeCount(); mentee++) {
            int mentor = solved.mentorOf(mentee);
            if (mentor >= 0) {
                load[mentor]++;
                matched++;
                int edge = solved.edgeOf(mentee);
                assertThat(problem.edgeMentee(edge)).isEqualTo(mentee);
                assertThat(problem.edgeMentor(edge)).isEqualTo(mentor);
            }
        }
        for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
            assertThat(load[mentor]).isLessThanOrEqualTo(problem.mentorCapacity(mentor));
        }
        assertThat(matched).isEqualTo(solved.matchedCount());
    }
}
