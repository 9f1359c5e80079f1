package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;
import org.mentorbot.core.matching.solver.SolvedMatching;

/**
 * Tells which mentees a pricing pass can skip, so that a pass does not rescore every pair.
 *
 * <p>A pair (i, m) can improve the matching only when {@code score(i, m) - price(m)} exceeds the
 * mentee's threshold. Whenever a mentee's pairs are priced, its few best pairs after those that join
 * the candidates then are remembered with their scores, so that a later pass prices them exactly
 * at the prices of its round, and the best value over every other mentor but its own is kept,
 * with the round whose prices it was measured against (its own mentor and the pairs that joined
 * stay candidates, and candidates are covered by the solver's certificate). A mentee whose
 * threshold fell because prices rose around it is then ruled out by its remembered pairs, which
 * priced exactly show the rise, and a kept value that is lower than its best. Later, any other
 * mentor whose price has not fallen since that round cannot do better than the kept value, and one whose
 * price fell cannot do better than the kept value plus the fall. So when the kept value does
 * not exceed the mentee's current threshold, only the mentors whose price fell by more than the
 * gap need a look, and when they are few (an eighth of the mentors at most: a pair scored alone
 * costs several times what it costs within a row), each such pair is scored alone instead of
 * the row. The mentors whose price fell are kept in order of their fall, so that finding the
 * few that matter for a mentee costs no more than those few. When a mentee's pairs were looked at
 * one by one and none improves the matching, the best of them is kept, with the round: in a later
 * pass, a mentor looked at then cannot do better than that best plus the fall of its price since,
 * so its pair is scored again only when that could reach the threshold; and no mentor at all can
 * do better than the best any could have had then plus the largest fall since, which often rules
 * the mentee out at once. Prices settle from round to round, so later passes score few pairs again.
 *
 * <p>The survey counts as round 0, when every price was zero: for each mentee it remembers the
 * few best pairs after its candidates and keeps the score of the next one, which bounds every
 * other mentor with a seat.
 */
final class PricingBounds {

    static final long UNREACHABLE = Long.MIN_VALUE / 4;
    /** How many of a mentee's best pairs after those that joined the candidates are remembered one by one. */
    static final int REMEMBERED = 8;

    private final int[] capacity;
    private final int mostFallen;
    private final long[] reach;
    private final int[] measuredIn;
    /**
     * Per mentee, from its last look at single pairs (in round {@link #lookedIn}, -1 when none
     * since its row was scored): the threshold then, which tells which mentors it looked at, and
     * the best value any of them had, which bounds each of them until its price falls further;
     * and the best value any mentor could have had then.
     */
    private final long[] lookedThreshold;
    private final long[] lookedBest;
    private final long[] lookedReach;
    private final int[] lookedIn;
    /** Per mentee, {@link #REMEMBERED} places: the mentors and scores of its best pairs when its row was last scored. */
    private final int[] rememberedMentor;
    private final int[] rememberedScore;
    private final int[] rememberedCount;
    private final List<long[]> prices = new ArrayList<>();
    /** Per earlier round, the mentors whose price fell since, the largest fall first, and by how much. */
    private int[][] fallenSince = new int[0][];
    private long[][] fallSince = new long[0][];
    private SolvedMatching current;

    PricingBounds(int mentees, int[] capacity) {
        this.capacity = capacity;
        this.mostFallen = Math.max(64, capacity.length / 8);
        this.reach = new long[mentees];
        this.measuredIn = new int[mentees];
        this.lookedThreshold = new long[mentees];
        this.lookedBest = new long[mentees];
        this.lookedReach = new long[mentees];
        this.lookedIn = new int[mentees];
        this.rememberedMentor = new int[mentees * REMEMBERED];
        this.rememberedScore = new int[mentees * REMEMBERED];
        this.rememberedCount = new int[mentees];
        Arrays.fill(lookedIn, -1);
        prices.add(new long[capacity.length]);
    }

    /** Takes the prices of the round just solved; returns that round's number. */
    int startRound(SolvedMatching solved) {
        long[] now = new long[capacity.length];
        for (int m = 0; m < now.length; m++) {
            now[m] = solved.mentorPrice(m);
        }
        fallenSince = new int[prices.size()][];
        fallSince = new long[prices.size()][];
        for (int r = 0; r < fallenSince.length; r++) {
            long[] then = prices.get(r);
            Integer[] fallen = IntStream.range(0, now.length).filter(m -> capacity[m] > 0 && then[m] > now[m]).boxed()
                    .sorted(Comparator.comparingLong((Integer m) -> now[m] - then[m]).thenComparing(m -> m)).toArray(Integer[]::new);
            fallenSince[r] = Arrays.stream(fallen).mapToInt(Integer::intValue).toArray();
            fallSince[r] = Arrays.stream(fallen).mapToLong(m -> then[m] - now[m]).toArray();
        }
        prices.add(now);
        current = solved;
        return prices.size() - 1;
    }

    /**
     * Whether some pair of {@code mentee} could still improve the matching at the current prices.
     *
     * @param score the score of a single pair, negative when it is not eligible
     */
    boolean mayImprove(int mentee, IntBinaryOperator score) {
        long threshold = current.menteeThreshold(mentee);
        int own = current.mentorOf(mentee);
        for (int k = mentee * REMEMBERED, end = k + rememberedCount[mentee]; k < end; k++) {
            int m = rememberedMentor[k];
            if (m != own && rememberedScore[k] - current.mentorPrice(m) > threshold) {
                return true;
            }
        }
        long kept = reach[mentee];
        if (kept == UNREACHABLE) {
            return false;
        }
        if (kept > threshold) {
            return true;
        }
        int since = measuredIn[mentee];
        int last = lookedIn[mentee];
        if (last > since && (fallSince[last].length == 0 || lookedReach[mentee] + fallSince[last][0] <= threshold)) {
            return false;
        }
        int[] fallen = fallenSince[since];
        long[] fall = fallSince[since];
        int needed = 0;
        while (needed < fall.length && kept + fall[needed] > threshold) {
            if (++needed > mostFallen) {
                return true;
            }
        }
        if (needed == 0) {
            return false;
        }
        long[] then = last > since ? prices.get(last) : null;
        long[] before = prices.get(since);
        long best = Long.MIN_VALUE;
        for (int k = 0; k < needed; k++) {
            int m = fallen[k];
            long price = current.mentorPrice(m);
            if (then != null && kept + before[m] - then[m] > lookedThreshold[mentee]) {
                long bound = lookedBest[mentee] + Math.max(0, then[m] - price);
                if (bound <= threshold) {
                    best = Math.max(best, bound);
                    continue;
                }
            }
            int points = score.applyAsInt(mentee, m);
            if (m != own && points >= 0) {
                long value = points - price;
                if (value > threshold) {
                    return true;
                }
                best = Math.max(best, value);
            }
        }
        lookedThreshold[mentee] = threshold;
        lookedBest[mentee] = best;
        lookedReach[mentee] = Math.max(best, kept + (needed < fall.length ? fall[needed] : 0));
        lookedIn[mentee] = prices.size() - 1;
        return false;
    }

    /**
     * After scoring {@code mentee}'s pairs in {@code round} (0 for the survey): the {@code count}
     * pairs to remember, the mentors at {@code mentors[from..]} with their scores at
     * {@code scores[from..]}, and {@code best}, the best {@code score - price} over every other
     * mentor but its own and those of the pairs that join the candidates now.
     */
    void measured(int mentee, long best, int round, int[] mentors, int[] scores, int from, int count) {
        for (int k = 0; k < count; k++) {
            rememberedMentor[mentee * REMEMBERED + k] = mentors[from + k];
            rememberedScore[mentee * REMEMBERED + k] = scores[from + k];
        }
        rememberedCount[mentee] = count;
        reach[mentee] = best;
        measuredIn[mentee] = round;
        lookedIn[mentee] = -1;
    }
}
