package org.mentorbot.core.matching.solver;

import java.util.Random;

/** Seeded random problems with ties, zero-capacity mentors, isolated mentees and, sometimes, negative scores. */
final class RandomProblems {

    private RandomProblems() {
    }

    static BipartiteProblem next(Random random, int maxMentees, int maxMentors, int maxScore) {
        int mentees = random.nextInt(maxMentees + 1);
        int mentors = random.nextInt(maxMentors + 1);
        int[] capacity = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            capacity[m] = random.nextInt(4);
        }
        double density = 0.15 + 0.7 * random.nextDouble();
        boolean negative = random.nextInt(5) == 0;
        int[] edgeMentee = new int[mentees * mentors];
        int[] edgeMentor = new int[mentees * mentors];
        int[] edgeScore = new int[mentees * mentors];
        int count = 0;
        for (int i = 0; i < mentees; i++) {
            for (int m = 0; m < mentors; m++) {
                if (random.nextDouble() < density) {
                    edgeMentee[count] = i;
                    edgeMentor[count] = m;
                    edgeScore[count] = random.nextInt(maxScore + 1) - (negative ? maxScore / 2 : 0);
                    count++;
                }
            }
        }
        return BipartiteProblem.of(mentees, capacity,
                java.util.Arrays.copyOf(edgeMentee, count), java.util.Arrays.copyOf(edgeMentor, count),
                java.util.Arrays.copyOf(edgeScore, count));
    }
}
