package org.mentorbot.core.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GrowingSolverTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void eachGrownProblemIsSolvedAsWellAsAfresh(long seed) {
        Random random = new Random(seed);
        int grown = 0;
        int extensions = 0;
        for (int round = 0; round < 40; round++) {
            BipartiteProblem whole = RandomProblems.next(random, 30, 10, round % 2 == 0 ? 3 : 40);
            MatchingSolver.Growing solver = new MatchingSolver.Growing(Double.MAX_VALUE, Long.MAX_VALUE);
            BipartiteProblem[] problems = prefixes(whole, random);
            extensions += problems.length - 1;
            for (BipartiteProblem problem : problems) {
                SolvedMatching solved = solver.solve(problem);
                grown += solver.lastWasGrown() ? 1 : 0;

                SolvedMatching afresh = new MatchingSolver().solve(problem);
                assertThat(solved.proven()).as("seed %d round %d", seed, round).isTrue();
                assertThat(solved.matchedCount()).as("seed %d round %d matched", seed, round).isEqualTo(afresh.matchedCount());
                assertThat(solved.totalScore()).as("seed %d round %d score", seed, round).isEqualTo(afresh.totalScore());
                MatchingSolverTest.assertRespectsCapacities(problem, solved);
            }
        }
        assertThat(grown).as("problems worked in from the last flow, each passing the certificate").isEqualTo(extensions).isGreaterThan(40);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void givesUpOnGrowingWhenItCostsTooMuchAndSolvesAfresh(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            BipartiteProblem whole = RandomProblems.next(random, 30, 10, 40);
            MatchingSolver.Growing solver = new MatchingSolver.Growing(Double.MAX_VALUE, 0);
            for (BipartiteProblem problem : prefixes(whole, random)) {
                SolvedMatching solved = solver.solve(problem);

                SolvedMatching afresh = new MatchingSolver().solve(problem);
                assertThat(solved.proven()).isTrue();
                assertThat(solved.matchedCount()).isEqualTo(afresh.matchedCount());
                assertThat(solved.totalScore()).isEqualTo(afresh.totalScore());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21})
    void aProblemThatDoesNotExtendTheLastIsSolvedAfresh(long seed) {
        Random random = new Random(seed);
        MatchingSolver.Growing solver = new MatchingSolver.Growing(Double.MAX_VALUE, Long.MAX_VALUE);
        for (int round = 0; round < 20; round++) {
            BipartiteProblem problem = RandomProblems.next(random, 20, 8, 40);

            SolvedMatching solved = solver.solve(problem);

            assertThat(solver.lastWasGrown()).isFalse();
            assertThat(solved.proven()).isTrue();
            assertThat(solved.totalScore()).isEqualTo(new MatchingSolver().solve(problem).totalScore());
        }
    }

    /** The problem's edges in a random order, cut into 1 to 4 growing problems with the whole problem's score bound. */
    private static BipartiteProblem[] prefixes(BipartiteProblem whole, Random random) {
        int edges = whole.edgeCount();
        int[] order = new int[edges];
        for (int e = 0; e < edges; e++) {
            order[e] = e;
        }
        for (int e = edges - 1; e > 0; e--) {
            int other = random.nextInt(e + 1);
            int kept = order[e];
            order[e] = order[other];
            order[other] = kept;
        }
        int[] mentee = new int[edges];
        int[] mentor = new int[edges];
        int[] score = new int[edges];
        for (int e = 0; e < edges; e++) {
            mentee[e] = whole.edgeMentee(order[e]);
            mentor[e] = whole.edgeMentor(order[e]);
            score[e] = whole.edgeScore(order[e]);
        }
        int[] capacity = new int[whole.mentorCount()];
        Arrays.setAll(capacity, whole::mentorCapacity);
        int[] cuts = random.ints(random.nextInt(4), 0, edges + 1).sorted().toArray();
        BipartiteProblem[] problems = new BipartiteProblem[cuts.length + 1];
        for (int k = 0; k <= cuts.length; k++) {
            int count = k < cuts.length ? cuts[k] : edges;
            problems[k] = new BipartiteProblem(whole.menteeCount(), capacity, mentee, mentor, score, count, whole.scoreBound());
        }
        return problems;
    }
}
