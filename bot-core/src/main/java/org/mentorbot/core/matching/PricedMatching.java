package org.mentorbot.core.matching;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;
import org.mentorbot.core.matching.solver.BipartiteProblem;
import org.mentorbot.core.matching.solver.MatchingSolver;
import org.mentorbot.core.matching.solver.SolvedMatching;

/**
 * Finds the optimal matching over <em>every</em> eligible mentor–mentee pair while giving the
 * exact solver only a few promising candidates per person — column generation, the way large
 * assignment problems are solved in practice.
 *
 * <p>A survey finds each mentee's best mentors and each mentor's best mentees. It need not score
 * every pair: a mentee who wants a skill few mentors offer scores far higher with them than with
 * anyone else, so its best mentors are settled by scoring the mentors who offer its skills, a
 * level and time zone group at a time, the group that could score most first (see
 * {@link CompatibilityScorer.Offerers}), until the most any other mentor could score falls below
 * them; only the mentees this does not settle have their whole row scored. Every pair scored is also
 * offered to its mentor's list. The solver matches those candidates and returns dual prices with its certificate.
 * A pricing pass then tests every pair against the prices: a pair with a negative reduced cost
 * could still improve the matching, so it joins the candidates and the round repeats. It too
 * starts from the mentors who offer a mentee's skills, and scores the whole row only when the
 * most any other mentor could score, less the lowest price in its group, might still reach the
 * mentee's best few values. When no pair can improve it, the certificate of the candidate problem covers
 * the whole problem, and the matching is proven optimal. Each round's solver starts from the
 * last round's matching and works in only the pairs that joined, when they are few. A pricing
 * pass scores only the mentees whose {@link PricingBounds bound} says a pair of theirs might
 * still improve the matching, so later rounds cost a fraction of the first. Scoring and pricing run in parallel over ranges of
 * mentees; results are merged in a fixed order, so they never depend on timing.
 */
final class PricedMatching {

    static final int PER_MENTEE = 4;
    static final int PER_MENTOR = 16;
    static final int IMPROVING_PER_MENTEE = 4;
    static final int MAX_ROUNDS = 40;
    /** The share of the mentors a survey scores one by one, as offerers of a mentee's skills, before it scores the whole row instead. */
    static final double MOST_OFFERERS = 0.25;

    /**
     * The outcome: the last candidate problem, its solution, whether optimality over all pairs was
     * proven, and the effort: among others how many mentees' whole rows the survey scored (the
     * others' best mentors were settled by the mentors who offer a skill they want).
     * {@code eligibleMentors} is 0 for a mentee no mentor may be paired with, else a positive count.
     */
    record Outcome(BipartiteProblem problem, SolvedMatching solved, int[] eligibleMentors, boolean optimal, Matcher.Effort effort) {
    }

    private final CompatibilityScorer scorer;
    private final int mentees;
    private final int mentors;
    private final int[] capacity;
    /** Ranges of mentees a pricing pass is split into: several per core, as rows cost very different amounts. */
    private final int chunks;
    /**
     * Ranges the survey is split into: one per core, as every row costs about the same, and each
     * range's lists of every mentor's best mentees fill up sooner the more mentees it sees.
     */
    private final int surveyChunks;
    private final int keepPerMentee;
    private final int keepPerMentor;
    private final int[] menteeShift;
    private final PricingBounds bounds;
    /** How many mentors a mentee's offerers may take before its whole row is scored instead: {@link #MOST_OFFERERS} of them. */
    private final int mostOfferers;
    /** Prices of 0 for every mentor, at which the survey walks the offerers: a pair's value is its score. */
    private final CompatibilityScorer.RunPrices noPrices;

    PricedMatching(CompatibilityScorer scorer, int mentees, int[] capacity) {
        this(scorer, mentees, capacity, PER_MENTEE, PER_MENTOR);
    }

    /** With other candidate counts; fewer candidates mean more pricing rounds, never a different optimum. */
    PricedMatching(CompatibilityScorer scorer, int mentees, int[] capacity, int perMentee, int perMentor) {
        this.keepPerMentee = perMentee;
        this.keepPerMentor = perMentor;
        this.scorer = scorer;
        this.mentees = mentees;
        this.mentors = capacity.length;
        this.capacity = capacity;
        int cores = Runtime.getRuntime().availableProcessors();
        this.chunks = Math.max(1, Math.min(mentees, 4 * cores));
        this.surveyChunks = Math.max(1, Math.min(mentees, cores));
        this.bounds = new PricingBounds(mentees, capacity);
        this.mostOfferers = (int) (mentors * MOST_OFFERERS);
        this.noPrices = scorer.noPrices();
        this.menteeShift = new int[mentors];
        for (int m = 0; m < mentors; m++) {
            menteeShift[m] = shift(m, mentees);
        }
    }

    Outcome solve() {
        long started = System.nanoTime();
        int[] eligible = new int[mentees];
        Survey[] surveys = new Survey[surveyChunks];
        IntStream.range(0, surveyChunks).parallel().forEach(c -> surveys[c] = survey(c, eligible));
        long bound = Arrays.stream(surveys).mapToLong(s -> s.maxScore).max().orElse(0);
        PairList candidates = distinct(surveys);
        long surveyed = System.nanoTime() - started;
        long solving = 0;
        long pricing = 0;
        MatchingSolver.Growing solver = new MatchingSolver.Growing();
        for (int round = 1; ; round++) {
            long roundStarted = System.nanoTime();
            BipartiteProblem problem = new BipartiteProblem(mentees, capacity, candidates.mentees(), candidates.mentors(),
                    candidates.scores(), candidates.size(), bound);
            SolvedMatching solved = solver.solve(problem);
            long solvedAt = System.nanoTime();
            PairList improving = solved.proven() ? improving(solved) : null;
            solving += solvedAt - roundStarted;
            pricing += System.nanoTime() - solvedAt;
            if (improving == null || improving.size() == 0 || round == MAX_ROUNDS) {
                boolean optimal = improving != null && improving.size() == 0;
                return new Outcome(problem, solved, eligible, optimal, new Matcher.Effort(round,
                        Arrays.stream(surveys).mapToInt(s -> s.rows).sum(), Duration.ofNanos(surveyed), Duration.ofNanos(solving),
                        Duration.ofNanos(pricing)));
            }
            candidates.addAll(improving);
        }
    }

    /** Where range {@code chunk} of {@code count} ranges of mentees starts. */
    private int from(int chunk, int count) {
        return (int) ((long) mentees * chunk / count);
    }

    /** One range of mentees: eligible counts, the best score, and the best candidates per mentee and per mentor. */
    private final class Survey {
        int maxScore;
        int rows;
        final PairList perMentee = new PairList();
        final TopCandidates[] perMentor = new TopCandidates[mentors];
        /** A mentee's best mentors with a seat: its candidates, then the pairs the bounds remember, then one that bounds the rest. */
        private final TopCandidates shortlist = new TopCandidates(keepPerMentee + PricingBounds.REMEMBERED + 1);
        private final long[] listed = new long[keepPerMentee + PricingBounds.REMEMBERED + 1];
        private final int[] listedMentor = new int[listed.length];
        private final int[] listedScore = new int[listed.length];
        private int shortlistScore;
        private int eligible;
        private final int[] row = new int[mentors];
        private final int[] scratch = new int[scorer.scratchLength()];
        private final CompatibilityScorer.Offerers offerers = scorer.new Offerers();
        /** The pairs with a seat the offerers gave, offered to their mentors' lists once they settle the shortlist. */
        private final int[] walkedMentor = new int[mentors];
        private final int[] walkedScore = new int[mentors];
        private final long[] mentorFloor = new long[mentors];
        private final int[] mentorScore = new int[mentors];

        Survey() {
            for (int m = 0; m < mentors; m++) {
                perMentor[m] = new TopCandidates(keepPerMentor);
            }
            Arrays.fill(mentorFloor, Long.MIN_VALUE);
            Arrays.fill(mentorScore, Integer.MIN_VALUE);
        }

        /** Offers mentee {@code i} to mentor {@code m}'s list of its best mentees. */
        private void offerToMentor(int i, int m, int score) {
            if (score >= mentorScore[m]) {
                long theirs = TopCandidates.key(score, rotate(i, menteeShift[m], mentees));
                if (theirs > mentorFloor[m]) {
                    mentorFloor[m] = perMentor[m].offerAndFloor(theirs);
                    mentorScore[m] = scoreOf(mentorFloor[m]);
                }
            }
        }

        /**
         * Finds mentee {@code i}'s best mentors with a seat, from the mentors who offer a skill
         * it wants when they settle it, else from its whole row; returns how many mentors are
         * eligible, or at least one when some are and the row was not read. Each pair scored with
         * a mentor who has a seat is offered to that mentor's list of best mentees.
         */
        int add(int i) {
            int mentorShift = shift(i, mentors);
            restart();
            if (!fromOfferers(i, mentorShift)) {
                restart();
                scorer.scoreRow(i, row, scratch);
                rows++;
                scan(i, mentorShift, mentors, mentorShift);
                scan(i, 0, mentorShift, mentorShift);
            }
            int count = shortlist.size();
            for (int k = 0; k < count; k++) {
                listed[k] = shortlist.get(k);
            }
            Arrays.sort(listed, 0, count);
            for (int k = 0; k < count; k++) {
                long key = listed[count - 1 - k];
                int m = unrotate(TopCandidates.index(key), mentorShift, mentors);
                listedMentor[k] = m;
                listedScore[k] = TopCandidates.score(key);
            }
            int candidates = Math.min(count, keepPerMentee);
            for (int k = 0; k < candidates; k++) {
                perMentee.add(i, listedMentor[k], listedScore[k]);
            }
            int remembered = Math.min(count - candidates, PricingBounds.REMEMBERED);
            long rest = candidates + remembered < count ? TopCandidates.score(listed[0]) : PricingBounds.UNREACHABLE;
            bounds.measured(i, rest, 0, listedMentor, listedScore, candidates, remembered);
            return eligible;
        }

        private void restart() {
            shortlist.clear();
            shortlistScore = Integer.MIN_VALUE;
            eligible = 0;
        }

        /**
         * Fills the shortlist from the mentors who offer a skill mentee {@code i} wants, the
         * group that could score most first, until no mentor left can reach the shortlist: then the
         * shortlist is the one the whole row would give. Gives up, returning false, when that
         * would mean scoring more than {@link #MOST_OFFERERS} of the mentors one by one, or
         * when the mentors who offer none of its skills could still reach the shortlist. The
         * pairs scored are offered to their mentors' lists only when the shortlist is settled,
         * as the whole row offers them all otherwise.
         */
        private boolean fromOfferers(int i, int mentorShift) {
            offerers.start(i, mostOfferers, noPrices);
            int walked = 0;
            while (true) {
                long bound = offerers.bound();
                if (bound < 0 || shortlist.size() == listed.length && shortlistScore > bound) {
                    for (int k = 0; k < walked; k++) {
                        offerToMentor(i, walkedMentor[k], walkedScore[k]);
                    }
                    return true;
                }
                int count = offerers.next();
                if (count < 0) {
                    return false;
                }
                for (int k = 0; k < count; k++) {
                    int m = offerers.mentor[k];
                    int score = offerers.score[k];
                    eligible++;
                    maxScore = Math.max(maxScore, score);
                    if (capacity[m] > 0) {
                        shortlistScore = scoreOf(shortlist.offerAndFloor(TopCandidates.key(score, rotate(m, mentorShift, mentors))));
                        walkedMentor[walked] = m;
                        walkedScore[walked++] = score;
                    }
                }
            }
        }

        /**
         * Reads the scored row from {@code from} to {@code to}, in the mentee's ranking of the
         * mentors, so that a mentor with the same score as the lowest on its shortlist never
         * takes its place: a pair is turned into a ranking key only when its score beats the
         * lowest on the list, so most pairs cost one comparison of scores.
         */
        private void scan(int i, int from, int to, int mentorShift) {
            int best = maxScore;
            int eligibleSoFar = eligible;
            int lowestListed = shortlistScore;
            for (int m = from; m < to; m++) {
                int score = row[m];
                if (score < 0) {
                    continue;
                }
                eligibleSoFar++;
                best = Math.max(best, score);
                if (capacity[m] == 0) {
                    continue;
                }
                if (score > lowestListed) {
                    lowestListed = scoreOf(shortlist.offerAndFloor(TopCandidates.key(score, rotate(m, mentorShift, mentors))));
                }
                offerToMentor(i, m, score);
            }
            maxScore = best;
            eligible = eligibleSoFar;
            shortlistScore = lowestListed;
        }

        /** The score of a list's floor key, or the lowest score when the list is not full. */
        private static int scoreOf(long floor) {
            return floor == Long.MIN_VALUE ? Integer.MIN_VALUE : TopCandidates.score(floor);
        }
    }

    private Survey survey(int chunk, int[] eligible) {
        Survey survey = new Survey();
        for (int i = from(chunk, surveyChunks), end = from(chunk + 1, surveyChunks); i < end; i++) {
            eligible[i] = survey.add(i);
        }
        return survey;
    }

    /**
     * All candidates of all surveys, each pair once, ordered by mentee then mentor, with the
     * scores the surveys found: the pairs are counted out by mentee, then each mentee's few are
     * put in mentor order.
     */
    private PairList distinct(Survey[] surveys) {
        PairList all = new PairList();
        for (Survey survey : surveys) {
            all.addAll(survey.perMentee);
        }
        TopCandidates best = new TopCandidates(keepPerMentor);
        for (int m = 0; m < mentors; m++) {
            best.clear();
            for (Survey survey : surveys) {
                TopCandidates top = survey.perMentor[m];
                for (int k = 0; k < top.size(); k++) {
                    best.offer(top.get(k));
                }
            }
            for (int k = 0; k < best.size(); k++) {
                all.add(unrotate(TopCandidates.index(best.get(k)), menteeShift[m], mentees), m, TopCandidates.score(best.get(k)));
            }
        }
        int[] first = new int[mentees + 1];
        for (int k = 0; k < all.size(); k++) {
            first[all.mentees()[k] + 1]++;
        }
        for (int i = 0; i < mentees; i++) {
            first[i + 1] += first[i];
        }
        int[] next = Arrays.copyOf(first, mentees);
        long[] byMentee = new long[all.size()];
        for (int k = 0; k < all.size(); k++) {
            byMentee[next[all.mentees()[k]]++] = (long) all.mentors()[k] << 32 | (all.scores()[k] & 0xFFFF_FFFFL);
        }
        PairList pairs = new PairList();
        for (int i = 0; i < mentees; i++) {
            Arrays.sort(byMentee, first[i], first[i + 1]);
            for (int k = first[i]; k < first[i + 1]; k++) {
                if (k == first[i] || byMentee[k] >>> 32 != byMentee[k - 1] >>> 32) {
                    pairs.add(i, (int) (byMentee[k] >>> 32), (int) byMentee[k]);
                }
            }
        }
        return pairs;
    }

    /** Every pair that could still improve the matching, the most improving few per mentee. */
    private PairList improving(SolvedMatching solved) {
        int round = bounds.startRound(solved);
        long[] price = prices(solved);
        CompatibilityScorer.RunPrices lowest = scorer.lowestPrices(price);
        PairList[] found = new PairList[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> found[c] = improving(solved, price, lowest, c, round));
        PairList all = new PairList();
        Arrays.stream(found).forEach(all::addAll);
        return all;
    }

    private PairList improving(SolvedMatching solved, long[] price, CompatibilityScorer.RunPrices lowest, int chunk, int round) {
        PairList found = new PairList();
        IntBinaryOperator pairScore = scorer.new SinglePairs();
        RowPrices prices = new RowPrices();
        CompatibilityScorer.Offerers offerers = scorer.new Offerers();
        int[] row = new int[mentors];
        int[] scratch = new int[scorer.scratchLength()];
        for (int i = from(chunk, chunks), end = from(chunk + 1, chunks); i < end; i++) {
            if (!bounds.mayImprove(i, pairScore)) {
                continue;
            }
            int own = solved.mentorOf(i);
            long threshold = solved.menteeThreshold(i);
            if (!prices.priceOfferers(i, offerers, price, lowest, own, threshold)) {
                scorer.scoreRow(i, row, scratch);
                prices.price(i, row, price, own, threshold);
            }
            bounds.measured(i, prices.rest, round, prices.mentor, prices.score, prices.kept, prices.remembered);
            for (int k = 0; k < prices.kept; k++) {
                found.add(i, prices.mentor[k], prices.score[k]);
            }
        }
        return found;
    }

    /** The mentors' prices, and a price no score reaches for those without a seat, who are never priced. */
    private long[] prices(SolvedMatching solved) {
        long[] price = new long[mentors];
        for (int m = 0; m < mentors; m++) {
            price[m] = capacity[m] == 0 ? Long.MAX_VALUE / 4 : solved.mentorPrice(m);
        }
        return price;
    }

    /** What one mentee's pairs are worth at the current prices. */
    private final class RowPrices {
        /** The best pairs by value ({@code score - price}), best first: minus their value, their mentors and their scores. */
        private final long[] minusValue = new long[IMPROVING_PER_MENTEE + PricingBounds.REMEMBERED + 1];
        final int[] mentor = new int[minusValue.length];
        final int[] score = new int[minusValue.length];
        private int listed;
        /** How many of the first pairs improve the matching (a value above the threshold) and join the candidates. */
        int kept;
        /** How many pairs after those the bounds remember one by one. */
        int remembered;
        /**
         * The best value of every other pair but the mentee's own: its own mentor and the pairs
         * kept are candidates from now on, which the solver's certificate covers, so a later
         * pass need not look at them again.
         */
        long rest;

        /**
         * One pass over mentee {@code i}'s row, in {@code i}'s ranking of the mentors: its best
         * few pairs by value, ties to the mentor first in the ranking; of these, the first few
         * with a value above the threshold (a negative reduced cost) are kept.
         */
        void price(int i, int[] row, long[] price, int own, long threshold) {
            listed = 0;
            int first = shift(i, mentors);
            scan(row, price, own, first, mentors);
            scan(row, price, own, 0, first);
            settle(threshold);
        }

        /**
         * Lists mentee {@code i}'s best few pairs by value as {@link #price} does, but from the
         * mentors who offer a skill it wants, the group that could reach the most value first, as
         * long as the most value any other mentor can reach stays below the last pair listed.
         * Gives up, returning false, when that would mean scoring more than
         * {@link #MOST_OFFERERS} of the mentors one by one, or when the others could still make
         * the list. Equal values may be listed in another order than the row's.
         */
        boolean priceOfferers(int i, CompatibilityScorer.Offerers offerers, long[] price, CompatibilityScorer.RunPrices lowest, int own,
                              long threshold) {
            listed = 0;
            offerers.start(i, mostOfferers, lowest);
            while (true) {
                long others = offerers.bound();
                if (listed == minusValue.length && others < -minusValue[listed - 1]) {
                    settle(threshold);
                    return true;
                }
                int count = offerers.next();
                if (count < 0) {
                    return false;
                }
                for (int k = 0; k < count; k++) {
                    int m = offerers.mentor[k];
                    long cost = price[m] - offerers.score[k];
                    if (m != own && capacity[m] > 0 && (listed < minusValue.length || cost < minusValue[listed - 1])) {
                        insert(cost, m, offerers.score[k]);
                    }
                }
            }
        }

        /** Counts the pairs kept and remembered, and the value that bounds every other pair. */
        private void settle(long threshold) {
            kept = 0;
            while (kept < Math.min(listed, IMPROVING_PER_MENTEE) && -minusValue[kept] > threshold) {
                kept++;
            }
            remembered = Math.min(listed - kept, PricingBounds.REMEMBERED);
            rest = kept + remembered < listed ? -minusValue[kept + remembered] : PricingBounds.UNREACHABLE;
        }

        private void scan(int[] row, long[] price, int own, int from, int to) {
            long floor = listed < minusValue.length ? Long.MAX_VALUE : minusValue[listed - 1];
            for (int m = from; m < to; m++) {
                int score = row[m];
                if (score >= 0) {
                    long cost = price[m] - score;
                    if (cost < floor && m != own && capacity[m] > 0) {
                        insert(cost, m, score);
                        floor = listed < minusValue.length ? Long.MAX_VALUE : minusValue[listed - 1];
                    }
                }
            }
        }

        /** Inserts a pair in order of value, dropping the last when the list is full. */
        private void insert(long cost, int m, int pairScore) {
            int at = Math.min(listed, minusValue.length - 1);
            while (at > 0 && minusValue[at - 1] > cost) {
                minusValue[at] = minusValue[at - 1];
                mentor[at] = mentor[at - 1];
                score[at] = score[at - 1];
                at--;
            }
            minusValue[at] = cost;
            mentor[at] = m;
            score[at] = pairScore;
            listed = Math.min(listed + 1, minusValue.length);
        }
    }

    /**
     * Where person {@code index}'s ranking of the other side starts. Equal scores are ranked from
     * there onwards, so that among equally good candidates different people shortlist different
     * ones instead of all picking the lowest index; the order stays deterministic.
     */
    private static int shift(int index, int size) {
        return size == 0 ? 0 : (int) ((index * 40_503L) % size);
    }

    private static int rotate(int index, int shift, int size) {
        int rotated = index - shift;
        return rotated < 0 ? rotated + size : rotated;
    }

    private static int unrotate(int rotated, int shift, int size) {
        int index = rotated + shift;
        return index >= size ? index - size : index;
    }
}
