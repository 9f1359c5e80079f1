package org.mentorbot.bench;

import java.util.Random;
import org.mentorbot.core.matching.sample.WeightedChoice;
import org.mentorbot.core.matching.solver.BipartiteProblem;

/**
 * Seeded edge lists as an external scoring system would hand them over: each mentee gets a
 * fixed number of distinct candidate mentors, popular mentors more often, with integer scores
 * that mix the mentor's general appeal and the particular fit; mentor capacities 1 to 5.
 */
final class EdgeListGenerator {

    private final Random random;

    EdgeListGenerator(long seed) {
        this.random = new Random(seed);
    }

    BipartiteProblem generate(int mentees, int mentors, int perMentee) {
        int[] capacity = new int[mentors];
        int[] appeal = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            capacity[m] = 1 + random.nextInt(5);
            appeal[m] = random.nextInt(40);
        }
        WeightedChoice popularity = WeightedChoice.zipf(mentors, 0.3);
        int edges = mentees * Math.min(perMentee, mentors);
        int[] edgeMentee = new int[edges];
        int[] edgeMentor = new int[edges];
        int[] edgeScore = new int[edges];
        int[] seenBy = new int[mentors];
        java.util.Arrays.fill(seenBy, -1);
        int e = 0;
        for (int i = 0; i < mentees; i++) {
            for (int k = 0; k < Math.min(perMentee, mentors); k++) {
                int m = popularity.next(random);
                while (seenBy[m] == i) {
                    m = random.nextInt(mentors);
                }
                seenBy[m] = i;
                edgeMentee[e] = i;
                edgeMentor[e] = m;
                edgeScore[e] = appeal[m] + random.nextInt(61);
                e++;
            }
        }
        return BipartiteProblem.of(mentees, capacity, edgeMentee, edgeMentor, edgeScore);
    }
}
