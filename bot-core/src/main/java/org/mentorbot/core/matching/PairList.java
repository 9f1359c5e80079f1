package org.mentorbot.core.matching;

import java.util.Arrays;

/**
 * A growable list of (mentee, mentor, score) triples, kept as three parallel int arrays so that
 * a matching problem of millions of candidate pairs costs no object per pair. Entry {@code k}
 * is {@code mentees()[k]}, {@code mentors()[k]}, {@code scores()[k]} for {@code k < size()};
 * it is the shape {@link org.mentorbot.core.matching.solver.BipartiteProblem} takes.
 *
 * <p>The arrays returned are the list's own, not copies: they are longer than {@link #size()}
 * (what lies past it means nothing), and {@link #add} replaces them when it grows the list, so
 * read them after the last {@code add}. Not safe for use by several threads at once.
 */
public final class PairList {

    private int[] mentee = new int[16];
    private int[] mentor = new int[16];
    private int[] score = new int[16];
    private int size;

    public void add(int menteeIndex, int mentorIndex, int pairScore) {
        if (size == mentee.length) {
            int grown = size * 2;
            mentee = Arrays.copyOf(mentee, grown);
            mentor = Arrays.copyOf(mentor, grown);
            score = Arrays.copyOf(score, grown);
        }
        mentee[size] = menteeIndex;
        mentor[size] = mentorIndex;
        score[size] = pairScore;
        size++;
    }

    public void addAll(PairList other) {
        for (int k = 0; k < other.size; k++) {
            add(other.mentee[k], other.mentor[k], other.score[k]);
        }
    }

    public int size() {
        return size;
    }

    public int[] mentees() {
        return mentee;
    }

    public int[] mentors() {
        return mentor;
    }

    public int[] scores() {
        return score;
    }
}
