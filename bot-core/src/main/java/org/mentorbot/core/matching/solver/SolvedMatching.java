package org.mentorbot.core.matching.solver;

/**
 * A solved {@link BipartiteProblem}: which mentor each mentee got, the totals, whether the
 * optimality certificate held, and the dual prices that let a caller test pairs that were not
 * part of the problem.
 *
 * <p>An unlisted pair could improve the matching only if its reduced cost is negative. When
 * {@link #reducedCost} is non-negative for every pair of a larger problem (with the same people
 * and a score bound covering its scores), this matching is optimal for that larger problem too.
 */
public final class SolvedMatching {

    private final int[] mentorOfMentee;
    private final int[] edgeOfMentee;
    private final int matched;
    private final long totalScore;
    private final boolean proven;
    private final long scoreBound;
    private final long[] menteePrice;
    private final long[] mentorPrice;

    SolvedMatching(int[] mentorOfMentee, int[] edgeOfMentee, int matched, long totalScore, boolean proven,
                   long scoreBound, long[] menteePrice, long[] mentorPrice) {
        this.mentorOfMentee = mentorOfMentee;
        this.edgeOfMentee = edgeOfMentee;
        this.matched = matched;
        this.totalScore = totalScore;
        this.proven = proven;
        this.scoreBound = scoreBound;
        this.menteePrice = menteePrice;
        this.mentorPrice = mentorPrice;
    }

    /** The mentor assigned to {@code mentee}, or -1. */
    public int mentorOf(int mentee) {
        return mentorOfMentee[mentee];
    }

    /** The problem edge that pairs {@code mentee}, or -1. */
    public int edgeOf(int mentee) {
        return edgeOfMentee[mentee];
    }

    public int matchedCount() {
        return matched;
    }

    public long totalScore() {
        return totalScore;
    }

    /** Whether the optimality certificate was checked and held for the problem that was solved. */
    public boolean proven() {
        return proven;
    }

    /**
     * The reduced cost of pairing {@code mentee} with {@code mentor} at {@code score}, for a pair
     * that is not in the matching; negative means the pair would improve it. The score must lie
     * within the solved problem's score bound.
     */
    public long reducedCost(int mentee, int mentor, int score) {
        return scoreBound - score + menteePrice[mentee] + mentorPrice[mentor];
    }

    /**
     * The mentee's share of {@link #reducedCost}: a pair of {@code mentee} can improve the matching
     * only if {@code score - mentorPrice(mentor) > menteeThreshold(mentee)}.
     */
    public long menteeThreshold(int mentee) {
        return scoreBound + menteePrice[mentee];
    }

    /** The mentor's share of {@link #reducedCost}; see {@link #menteeThreshold}. */
    public long mentorPrice(int mentor) {
        return mentorPrice[mentor];
    }
}
