package org.mentorbot.core.matching.solver;

import java.util.Objects;

/**
 * A matching problem reduced to numbers: mentees {@code 0..menteeCount-1}, each taking at most
 * one mentor; mentors {@code 0..mentorCount-1}, each taking at most its capacity; and the
 * allowed pairs as parallel arrays of mentee, mentor and score. Scores may be any integers
 * within {@code ±scoreBound}; the bound must also cover pairs that are not listed yet but may
 * be priced against the solution later (see {@link SolvedMatching#reducedCost}).
 *
 * <p>The arrays are taken as they are, not copied: the problem is a view on data the caller
 * has just built and hands over.
 */
public final class BipartiteProblem {

    private final int menteeCount;
    private final int[] mentorCapacity;
    private final int[] edgeMentee;
    private final int[] edgeMentor;
    private final int[] edgeScore;
    private final int edgeCount;
    private final long scoreBound;

    public BipartiteProblem(int menteeCount, int[] mentorCapacity, int[] edgeMentee, int[] edgeMentor,
                            int[] edgeScore, int edgeCount, long scoreBound) {
        this.menteeCount = menteeCount;
        this.mentorCapacity = Objects.requireNonNull(mentorCapacity, "mentorCapacity");
        this.edgeMentee = Objects.requireNonNull(edgeMentee, "edgeMentee");
        this.edgeMentor = Objects.requireNonNull(edgeMentor, "edgeMentor");
        this.edgeScore = Objects.requireNonNull(edgeScore, "edgeScore");
        this.edgeCount = edgeCount;
        this.scoreBound = scoreBound;
        validate();
    }

    /** A problem whose score bound is the largest absolute score among its own edges. */
    public static BipartiteProblem of(int menteeCount, int[] mentorCapacity, int[] edgeMentee, int[] edgeMentor, int[] edgeScore) {
        long bound = 0;
        for (int score : edgeScore) {
            bound = Math.max(bound, Math.abs((long) score));
        }
        return new BipartiteProblem(menteeCount, mentorCapacity, edgeMentee, edgeMentor, edgeScore, edgeScore.length, bound);
    }

    private void validate() {
        if (menteeCount < 0 || scoreBound < 0 || scoreBound > Integer.MAX_VALUE + 1L) {
            throw new IllegalArgumentException("menteeCount and scoreBound must be non-negative, scoreBound at most 2^31");
        }
        if (edgeCount < 0 || edgeCount > edgeMentee.length || edgeCount > edgeMentor.length || edgeCount > edgeScore.length) {
            throw new IllegalArgumentException("edgeCount exceeds the edge arrays");
        }
        for (int capacity : mentorCapacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("mentor capacity must be non-negative");
            }
        }
        for (int e = 0; e < edgeCount; e++) {
            if (edgeMentee[e] < 0 || edgeMentee[e] >= menteeCount || edgeMentor[e] < 0 || edgeMentor[e] >= mentorCapacity.length) {
                throw new IllegalArgumentException("edge " + e + " names a mentee or mentor out of range");
            }
            if (Math.abs((long) edgeScore[e]) > scoreBound) {
                throw new IllegalArgumentException("edge " + e + " has a score beyond the score bound");
            }
        }
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return mentorCapacity.length;
    }

    public int mentorCapacity(int mentor) {
        return mentorCapacity[mentor];
    }

    public int edgeCount() {
        return edgeCount;
    }

    public int edgeMentee(int edge) {
        return edgeMentee[edge];
    }

    public int edgeMentor(int edge) {
        return edgeMentor[edge];
    }

    public int edgeScore(int edge) {
        return edgeScore[edge];
    }

    public long scoreBound() {
        return scoreBound;
    }

    public long totalMentorCapacity() {
        long total = 0;
        for (int capacity : mentorCapacity) {
            total += capacity;
        }
        return total;
    }
}
