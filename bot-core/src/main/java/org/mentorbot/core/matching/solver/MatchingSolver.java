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

    private static SolvedMatching extract(BipartiteProblem problem, ResidualNetwork net, boolean proven) {
        int[] mentorOfMentee = new int[problem.menteeCount()];
        int[] edgeOfMentee = new int[problem.menteeCount()];
        Arrays.fill(mentorOfMentee, -1);
        Arrays.fill(edgeOfMentee, -1);
        int matched = 0;
        long total = 0;
        for (int e = 0; e < problem.edgeCount(); e++) {
            if (net.used[e]) {
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
