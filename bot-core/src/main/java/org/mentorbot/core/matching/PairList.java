package org.mentorbot.core.matching;

import java.util.Arrays;

/** A growable list of (mentee, mentor, score) triples in three int arrays. */
final class PairList {

    private int[] mentee = new int[16];
    private int[] mentor = new int[16];
    private int[] score = new int[16];
    private int size;

    void add(int menteeIndex, int mentorIndex, int pairScore) {
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

    void addAll(PairList other) {
        for (int k = 0; k < other.size; k++) {
            add(other.mentee[k], other.mentor[k], other.score[k]);
        }
    }

    int size() {
        return size;
    }

    int[] mentees() {
        return mentee;
    }

    int[] mentors() {
        return mentor;
    }

    int[] scores() {
        return score;
    }
}
