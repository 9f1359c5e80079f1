package org.mentorbot.core.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LowestPricesTest {

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void loweredPotentialsStillCertifyTheFlowAndNoneCanGoLower(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 60; round++) {
            BipartiteProblem problem = RandomProblems.next(random, 12, 6, round % 2 == 0 ? 3 : 40);
            ResidualNetwork net = new ResidualNetwork(problem);
            SuccessiveShortestPaths paths = new SuccessiveShortestPaths(net);
            paths.run();
            boolean[] usedBefore = carried(net);
            paths.lowerPotentials();

            assertThat(carried(net)).as("seed %d round %d: the flow is untouched", seed, round).isEqualTo(usedBefore);
            assertThat(net.potential[net.sink]).isZero();
            assertThat(new OptimalityCertificate(net).holds()).as("seed %d round %d", seed, round).isTrue();
            boolean[] reaches = reachesTheSink(net);
            for (int node = 0; node < net.sink; node++) {
                if (reaches[node]) {
                    assertThat(lowerable(net, node, 1)).as("seed %d round %d node %d could go lower", seed, round, node).isFalse();
                }
            }
        }
    }

    /** Whether each edge carries a unit. */
    private static boolean[] carried(ResidualNetwork net) {
        boolean[] carried = new boolean[net.edgeCount];
        for (int e = 0; e < net.edgeCount; e++) {
            carried[e] = net.carries(e);
        }
        return carried;
    }

    /** Which nodes have a path to the sink in the residual network, found by repeating until nothing changes. */
    private static boolean[] reachesTheSink(ResidualNetwork net) {
        boolean[] reaches = new boolean[net.sink + 1];
        reaches[net.sink] = true;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int e = 0; e < net.edgeCount; e++) {
                int left = net.edgeLeft[e];
                int right = net.rightNode(net.edgeRight[e]);
                int from = net.carries(e) ? right : left;
                int to = net.carries(e) ? left : right;
                changed |= reaches[to] && !reaches[from];
                reaches[from] |= reaches[to];
            }
            for (int left = 0; left < net.leftCount; left++) {
                if (net.unmatchedUnits[left] < net.leftCapacity[left] && !reaches[left]) {
                    reaches[left] = changed = true;
                }
            }
            for (int right = 0; right < net.rightCount; right++) {
                if (net.load[right] < net.rightCapacity[right] && !reaches[net.rightNode(right)]) {
                    reaches[net.rightNode(right)] = changed = true;
                }
            }
        }
        return reaches;
    }

    /** Whether the certificate still holds with {@code node}'s potential lowered by {@code by}. */
    private static boolean lowerable(ResidualNetwork net, int node, long by) {
        net.potential[node] -= by;
        boolean holds = new OptimalityCertificate(net).holds();
        net.potential[node] += by;
        return holds;
    }
}
