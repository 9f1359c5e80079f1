package org.mentorbot.core.matching.solver;

/**
 * Checks, independently of how a flow was found, that it is a min-cost flow: every unit of
 * supply is routed, no capacity is exceeded, and the node potentials give every arc of the
 * residual network a non-negative reduced cost (the reduced-cost optimality condition: no
 * negative cycle can exist). It also checks that the cost of leaving a unit unmatched is
 * large enough to make "most pairs first, then highest score" a plain cost minimum.
 *
 * <p>All arithmetic is overflow-checked; an overflow fails the check rather than passing it.
 */
final class OptimalityCertificate {

    private final ResidualNetwork net;

    OptimalityCertificate(ResidualNetwork net) {
        this.net = net;
    }

    boolean holds() {
        try {
            return lexicographicCostSuffices() && flowIsFeasible() && pairArcsPriced() && sinkArcsPriced();
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private boolean lexicographicCostSuffices() {
        long bound = Math.multiplyExact(net.scoreBound, Math.addExact(Math.multiplyExact(2, net.maxMatched), 1));
        return net.unmatchedCost > bound;
    }

    private boolean flowIsFeasible() {
        int[] arriving = new int[net.rightCount];
        for (int e = 0; e < net.edgeCount; e++) {
            arriving[net.edgeRight[e]] += net.carries(e) ? 1 : 0;
        }
        for (int right = 0; right < net.rightCount; right++) {
            if (arriving[right] != net.load[right] || arriving[right] > net.rightCapacity[right]) {
                return false;
            }
        }
        for (int left = 0; left < net.leftCount; left++) {
            int unmatched = net.unmatchedUnits[left];
            if (unmatched < 0 || net.matchedUnits(left) + unmatched != net.leftCapacity[left]) {
                return false;
            }
        }
        return true;
    }

    private boolean pairArcsPriced() {
        for (int e = 0; e < net.edgeCount; e++) {
            long left = net.potential[net.edgeLeft[e]];
            long right = net.potential[net.rightNode(net.edgeRight[e])];
            long reduced = Math.subtractExact(Math.addExact(net.edgeCost[e], left), right);
            if (net.carries(e) ? reduced > 0 : reduced < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean sinkArcsPriced() {
        for (int left = 0; left < net.leftCount; left++) {
            long reduced = Math.addExact(net.unmatchedCost, net.potential[left]);
            boolean forwardOpen = net.unmatchedUnits[left] < net.leftCapacity[left];
            boolean backwardOpen = net.unmatchedUnits[left] > 0;
            if ((forwardOpen && reduced < 0) || (backwardOpen && reduced > 0)) {
                return false;
            }
        }
        for (int right = 0; right < net.rightCount; right++) {
            long reduced = net.potential[net.rightNode(right)] - net.potential[net.sink];
            boolean forwardOpen = net.load[right] < net.rightCapacity[right];
            boolean backwardOpen = net.load[right] > 0;
            if ((forwardOpen && reduced < 0) || (backwardOpen && reduced > 0)) {
                return false;
            }
        }
        return true;
    }
}
