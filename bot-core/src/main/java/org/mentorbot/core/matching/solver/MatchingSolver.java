package org.mentorbot.core.matching.solver;

import java.util.Arrays;

/**
 * Exact solver for mentor matching as a bipartite b-matching: each mentee gets at most one
 * mentor, each mentor at most its capacity, and among all such matchings the one with the most
 * pairs, then the highest total score, is chosen. It runs successive shortest paths on a
 * min-cost flow network and returns the result only with the verdict of an independent
 * optimality check. Deterministic: equal problems give equal matchings.
 */
public final class MatchingSolver {

    public SolvedMatching solve(BipartiteProblem problem) {
        ResidualNetwork net = new ResidualNetwork(problem);
        new SuccessiveShortestPaths(net).run();
        boolean proven = new OptimalityCertificate(net).holds();
        return extract(problem, net, proven);
    }

    /**
     * A solver for a problem that grows: each problem may keep every edge of the one before, in
     * the same order, and add a few after them, as column generation does. Such a problem starts
     * from the last one's min-cost flow, and only the new edges are worked in (see
     * {@link SuccessiveShortestPaths#admit}); when they are many, or working them in costs more
     * than solving afresh would, or its answer fails the certificate, it is solved afresh. Every answer carries the
     * verdict of the same independent optimality check, and matches as many pairs with the same
     * total score as {@link #solve} would. A problem solved afresh gets the lowest prices the flow
     * allows (see {@link SuccessiveShortestPaths#lowerPotentials}): column generation then finds
     * fewer pairs that seem to improve the matching only because the prices happened to fall
     * elsewhere. A problem worked in keeps the prices the new edges left, which moved only where
     * they changed the flow: lowering them again would move every price a little, and the pricing
     * pass's bounds, which look at how far each price fell since a mentee was last priced, then
     * rule out fewer mentees. At 100,000 people, keeping them cut the single pairs those bounds
     * score in the last three passes from 464,000 to 124,000 and the pairs found from 52 to 23;
     * at 50,000 × 10,000 the matching took one round less.
     */
    public static final class Growing {

        private final double newEdgesPerNode;
        private final long settledPerNode;
        private ResidualNetwork last;
        private boolean lastWasGrown;

        /**
         * Works new edges in when they are at most half the nodes, and gives up once its searches
         * settled 16 nodes per node: about half of what solving a shortlist afresh settles. At
         * 100,000 people, the 2,288 pairs of a third round took 0.2–0.3 s to work in against
         * 0.9 s afresh; the 43,888 of a second round (44 % of the nodes) cost about as much either
         * way, but worked in they keep the prices, so the pricing passes after them do less and the
         * matching takes a round fewer (it was solved afresh up to 5 % of the nodes before).
         */
        public Growing() {
            this(0.5, 16);
        }

        /**
         * @param newEdgesPerNode new edges, per node of the network, beyond which a problem is solved afresh
         * @param settledPerNode  nodes settled, per node of the network, beyond which working new edges in is given up
         */
        Growing(double newEdgesPerNode, long settledPerNode) {
            this.newEdgesPerNode = newEdgesPerNode;
            this.settledPerNode = settledPerNode;
        }

        /** Whether the last problem was worked in from the one before rather than solved afresh. */
        boolean lastWasGrown() {
            return lastWasGrown;
        }

        public SolvedMatching solve(BipartiteProblem problem) {
            ResidualNetwork net = new ResidualNetwork(problem);
            if (last != null && mayGrow(net)) {
                if (grown(net)) {
                    SolvedMatching solved = extract(problem, net, new OptimalityCertificate(net).holds());
                    if (solved.proven()) {
                        last = net;
                        lastWasGrown = true;
                        return solved;
                    }
                }
                net = new ResidualNetwork(problem);
            }
            lastWasGrown = false;
            last = net;
            SuccessiveShortestPaths paths = new SuccessiveShortestPaths(last);
            paths.run();
            paths.lowerPotentials();
            return extract(problem, last, new OptimalityCertificate(last).holds());
        }

        /** Whether {@code net} extends the last network by few enough new edges to work them in. */
        private boolean mayGrow(ResidualNetwork net) {
            return net.extendsNetwork(last) && net.edgeCount - last.edgeCount <= newEdgesPerNode * (net.sink + 1);
        }

        /**
         * Works the new edges of {@code net} into the last flow, unless that costs too much;
         * answers whether it did ({@code net} is of no further use when not).
         */
        private boolean grown(ResidualNetwork net) {
            int nodes = net.sink + 1;
            net.takeFlowOf(last);
            long budget = settledPerNode > Long.MAX_VALUE / nodes ? Long.MAX_VALUE : settledPerNode * nodes;
            return new SuccessiveShortestPaths(net).admit(last.edgeCount, budget);
        }
    }

    private static SolvedMatching extract(BipartiteProblem problem, ResidualNetwork net, boolean proven) {
        int[] mentorOfMentee = new int[problem.menteeCount()];
        int[] edgeOfMentee = new int[problem.menteeCount()];
        Arrays.fill(mentorOfMentee, -1);
        Arrays.fill(edgeOfMentee, -1);
        int matched = 0;
        long total = 0;
        for (int e = 0; e < problem.edgeCount(); e++) {
            if (net.carries(e)) {
                mentorOfMentee[problem.edgeMentee(e)] = problem.edgeMentor(e);
                edgeOfMentee[problem.edgeMentee(e)] = e;
                matched++;
                total += problem.edgeScore(e);
            }
        }
        long[] menteePrice = new long[problem.menteeCount()];
        long[] mentorPrice = new long[problem.mentorCount()];
        for (int v = 0; v < net.leftCount; v++) {
            (net.leftIsMentee ? menteePrice : mentorPrice)[v] = net.potential[v];
        }
        for (int v = 0; v < net.rightCount; v++) {
            (net.leftIsMentee ? mentorPrice : menteePrice)[v] = -net.potential[net.rightNode(v)];
        }
        return new SolvedMatching(mentorOfMentee, edgeOfMentee, matched, total, proven, problem.scoreBound(), menteePrice, mentorPrice);
    }
}
