package org.mentorbot.core.matching.solver;

/** Solved matchings made up from prices, for tests of what callers do with a solver's answer. */
public final class SolvedMatchings {

    private SolvedMatchings() {
    }

    /** A matching in which mentee {@code i} has mentor {@code mentorOf[i]} (or -1), its threshold and the mentors' prices as given. */
    public static SolvedMatching withPrices(int[] mentorOf, long[] menteeThreshold, long[] mentorPrice) {
        int[] edges = new int[mentorOf.length];
        java.util.Arrays.fill(edges, -1);
        return new SolvedMatching(mentorOf, edges, 0, 0, true, 0, menteeThreshold.clone(), mentorPrice.clone());
    }
}
