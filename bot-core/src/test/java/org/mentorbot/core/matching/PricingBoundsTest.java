package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.matching.solver.SolvedMatchings;

/**
 * The bounds against every pair, over many rounds of prices that rise and fall: a mentee they
 * skip never has a pair that improves the matching. The pairs a round made candidates are covered
 * by the solver's certificate, so here each mentee's threshold is never below their values.
 */
class PricingBoundsTest {

    private static final int MENTEES = 30;
    private static final int MENTORS = 40;
    private static final int CANDIDATES = 2;
    private static final int ROUNDS = 12;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aMenteeTheBoundsSkipHasNoPairThatImproves(long seed) {
        Random random = new Random(seed);
        int[][] score = new int[MENTEES][MENTORS];
        for (int[] row : score) {
            Arrays.setAll(row, m -> random.nextInt(10) == 0 ? -1 : random.nextInt(201));
        }
        int[] capacity = new int[MENTORS];
        Arrays.setAll(capacity, m -> random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3));
        PricingBounds bounds = new PricingBounds(MENTEES, capacity);
        List<Set<Integer>> covered = new ArrayList<>();
        long[] price = new long[MENTORS];
        for (int i = 0; i < MENTEES; i++) {
            covered.add(new HashSet<>());
            measure(bounds, i, 0, score[i], price, capacity, -1, Long.MIN_VALUE, CANDIDATES, covered.get(i));
        }
        int skipped = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            for (int m = 0; m < MENTORS; m++) {
                int move = random.nextInt(20);
                price[m] += move < 6 ? random.nextInt(31) : move < 12 ? -random.nextInt(31) : move == 12 ? -random.nextInt(151) : 0;
            }
            int[] own = new int[MENTEES];
            long[] threshold = new long[MENTEES];
            for (int i = 0; i < MENTEES; i++) {
                List<Integer> mine = new ArrayList<>(covered.get(i));
                own[i] = mine.isEmpty() || random.nextInt(4) == 0 ? -1 : mine.get(random.nextInt(mine.size()));
                long floor = Long.MIN_VALUE / 4;
                for (int m : mine) {
                    floor = Math.max(floor, score[i][m] - price[m]);
                }
                threshold[i] = Math.max(floor, random.nextInt(220) - 60 - round * 3L);
            }
            bounds.startRound(SolvedMatchings.withPrices(own, threshold, price));
            for (int i = 0; i < MENTEES; i++) {
                int mentee = i;
                boolean mayImprove = bounds.mayImprove(i, (a, m) -> score[a][m]);
                boolean improves = false;
                for (int m = 0; m < MENTORS; m++) {
                    improves |= m != own[i] && capacity[m] > 0 && score[i][m] >= 0 && score[i][m] - price[m] > threshold[i];
                }
                assertThat(!improves || mayImprove).as("seed %d round %d mentee %d has a pair that improves", seed, round, mentee).isTrue();
                if (mayImprove) {
                    measure(bounds, i, round, score[i], price, capacity, own[i], threshold[i], PricedMatching.IMPROVING_PER_MENTEE, covered.get(i));
                } else {
                    skipped++;
                }
            }
        }
        assertThat(skipped).as("mentees the bounds skipped").isGreaterThan(ROUNDS * MENTEES / 4);
    }

    /**
     * What a pricing pass (or, in round 0, the survey) measures: the mentee's pairs but its own by
     * value, best first; the first few above the threshold become candidates, the next few are
     * remembered, and the next one's value bounds the rest.
     */
    private static void measure(PricingBounds bounds, int mentee, int round, int[] score, long[] price, int[] capacity,
                                int own, long threshold, int most, Set<Integer> covered) {
        Integer[] order = new Integer[MENTORS];
        Arrays.setAll(order, m -> m);
        List<Integer> listed = Arrays.stream(order).filter(m -> m != own && capacity[m] > 0 && score[m] >= 0)
                .sorted(Comparator.comparingLong((Integer m) -> price[m] - score[m]).thenComparing(m -> m)).toList();
        int kept = 0;
        while (kept < Math.min(most, listed.size()) && score[listed.get(kept)] - price[listed.get(kept)] > threshold) {
            covered.add(listed.get(kept));
            kept++;
        }
        int remembered = Math.min(listed.size() - kept, PricingBounds.REMEMBERED);
        int next = kept + remembered;
        long rest = next < listed.size() ? score[listed.get(next)] - price[listed.get(next)] : PricingBounds.UNREACHABLE;
        int[] mentors = listed.stream().mapToInt(Integer::intValue).toArray();
        int[] scores = listed.stream().mapToInt(m -> score[m]).toArray();
        bounds.measured(mentee, rest, round, mentors, scores, kept, remembered);
    }
}
