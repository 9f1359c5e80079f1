package org.mentorbot.core.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lowering the potentials between routings changes which paths a search looks at, never the min-cost flow it ends with. */
class LoweringWhileRoutingTest {

    /** Lowers the potentials after every routing, up to the most times a run does. */
    private static final long AFTER_EVERY_ROUTING = 0;
    private static final long NEVER = 1L << 40;

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void loweredAfterEveryRoutingTheFlowIsStillOptimal(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            BipartiteProblem problem = RandomProblems.next(random, 7, 4, round % 2 == 0 ? 3 : 40);

            ResidualNetwork net = routed(problem, AFTER_EVERY_ROUTING);

            ExhaustiveMatching.Objective expected = ExhaustiveMatching.best(problem);
            assertThat(new OptimalityCertificate(net).holds()).as("seed %d round %d", seed, round).isTrue();
            assertThat(matched(problem, net)).as("seed %d round %d matched", seed, round).isEqualTo(expected.matched());
            assertThat(totalScore(problem, net)).as("seed %d round %d score", seed, round).isEqualTo(expected.totalScore());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44})
    void onLargerProblemsItMatchesAsManyForTheSameScoreAsRoutingWithoutLowering(long seed) {
        // more routings than a run lowers the potentials for, so the last ones route without
        Random random = new Random(seed);
        for (int round = 0; round < 10; round++) {
            BipartiteProblem problem = RandomProblems.next(random, 60, 15, round % 2 == 0 ? 3 : 1000);

            ResidualNetwork lowered = routed(problem, AFTER_EVERY_ROUTING);
            ResidualNetwork plain = routed(problem, NEVER);

            assertThat(new OptimalityCertificate(lowered).holds()).as("seed %d round %d", seed, round).isTrue();
            assertThat(matched(problem, lowered)).as("seed %d round %d matched", seed, round).isEqualTo(matched(problem, plain));
            assertThat(totalScore(problem, lowered)).as("seed %d round %d score", seed, round).isEqualTo(totalScore(problem, plain));
        }
    }

    private static ResidualNetwork routed(BipartiteProblem problem, long liftAfter) {
        ResidualNetwork net = new ResidualNetwork(problem);
        new SuccessiveShortestPaths(net, liftAfter).run();
        return net;
    }

    private static int matched(BipartiteProblem problem, ResidualNetwork net) {
        int matched = 0;
        for (int e = 0; e < problem.edgeCount(); e++) {
            matched += net.carries(e) ? 1 : 0;
        }
        return matched;
    }

    private static long totalScore(BipartiteProblem problem, ResidualNetwork net) {
        long total = 0;
        for (int e = 0; e < problem.edgeCount(); e++) {
            total += net.carries(e) ? problem.edgeScore(e) : 0;
        }
        return total;
    }
}
