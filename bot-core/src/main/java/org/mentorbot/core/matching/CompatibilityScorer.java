package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.WorkingStyle;

/**
 * Scores how well a mentor fits a mentee, from a {@link CompatibilityIndex}.
 *
 * <p>A pair is eligible only when they share a language, the mentor is not less senior (unless
 * the weights allow it), they are two different people and were never paired before. An
 * eligible pair scores points for the skills the mentee wants and the mentor offers (rarer
 * skills count more), for words their goals share, for a healthy seniority gap, for shared
 * working hours, for the department preference and for working-style preferences both share;
 * a waiting mentee's priority points are added to each of their eligible pairs. {@link #score} is the tight loop used on
 * every pair; {@link #explain} gives the same number with its parts, for the pairs shown to people.
 */
final class CompatibilityScorer {

    static final int INELIGIBLE = -1;

    private final CompatibilityIndex x;
    private final MatchingWeights weights;

    CompatibilityScorer(CompatibilityIndex index) {
        this.x = index;
        this.weights = index.weights;
    }

    int score(int mentee, int mentor) {
        if (!shareLanguage(mentee, mentor) || excluded(mentee, mentor)) {
            return INELIGIBLE;
        }
        int points = x.seniorityByGap[x.mentorLevel[mentor] - x.menteeLevel[mentee] + Profile.MAX_LEVEL];
        if (points < 0) {
            return INELIGIBLE;
        }
        if (x.differentDepartmentRequired && sameDepartment(x.menteeDepartment[mentee], x.mentorDepartment[mentor])) {
            return INELIGIBLE;
        }
        points += weights.sharedHour() * x.sharedHours[x.menteeZone[mentee] * x.zoneCount + x.mentorZone[mentor]];
        points += departmentPoints(mentee, mentor);
        return points + wishPoints(mentee, mentor) + styleAndPriority(mentee, mentor);
    }

    /** Points for the skills the mentee wants that the mentor offers, and for the goal words they share. */
    private int wishPoints(int mentee, int mentor) {
        int points = 0;
        for (int k = x.wantedFirst[mentee], end = x.wantedFirst[mentee + 1]; k < end; k++) {
            int skill = x.wanted[k];
            if (CompatibilityIndex.hasBit(x.offered, mentor, x.skillWords, skill)) {
                points += x.skillPoints[skill];
            }
        }
        int shared = 0;
        for (int k = x.goalFirst[mentee], end = x.goalFirst[mentee + 1]; k < end && shared < weights.maxGoalTerms(); k++) {
            if (CompatibilityIndex.hasBit(x.mentorWords, mentor, x.wordWords, x.goal[k])) {
                shared++;
            }
        }
        return points + shared * weights.goalTerm();
    }

    /** Working-style points of the pair and the mentee's priority points. */
    private int styleAndPriority(int mentee, int mentor) {
        return x.stylePoints[x.menteeStyleCode[mentee] * CompatibilityIndex.STYLE_CODES + x.mentorStyleCode[mentor]]
                + x.menteeBonus[mentee];
    }

    /**
     * Scores {@code mentee} against every mentor at once into {@code row}, exactly as
     * {@link #score} would pair by pair, but walking the mentors who offer each wanted skill
     * (and know each goal word) instead of testing every mentor for every skill.
     *
     * @param goalWords scratch space of {@link #scratchLength} ints, all zero before and after
     */
    void scoreRow(int mentee, int[] row, int[] goalWords) {
        baseRow(mentee, row, goalWords);
        for (int k = x.excludedFirst[mentee]; k < x.excludedFirst[mentee + 1]; k++) {
            row[x.excluded[k]] = INELIGIBLE;
        }
        for (int k = x.wantedFirst[mentee], end = x.wantedFirst[mentee + 1]; k < end; k++) {
            int skill = x.wanted[k];
            int points = x.skillPoints[skill];
            for (int p = x.offeredByFirst[skill], last = x.offeredByFirst[skill + 1]; p < last; p++) {
                int mentor = x.offeredBy[p];
                if (row[mentor] >= 0) {
                    row[mentor] += points;
                }
            }
        }
        int most = weights.maxGoalTerms();
        int each = weights.goalTerm();
        for (int k = x.goalFirst[mentee], end = x.goalFirst[mentee + 1]; k < end; k++) {
            int word = x.goal[k];
            for (int p = x.knownByFirst[word], last = x.knownByFirst[word + 1]; p < last; p++) {
                int mentor = x.knownBy[p];
                if (row[mentor] >= 0 && goalWords[mentor] < most) {
                    goalWords[mentor]++;
                    row[mentor] += each;
                }
            }
        }
        for (int k = x.goalFirst[mentee], end = x.goalFirst[mentee + 1]; k < end; k++) {
            for (int p = x.knownByFirst[x.goal[k]], last = x.knownByFirst[x.goal[k] + 1]; p < last; p++) {
                goalWords[x.knownBy[p]] = 0;
            }
        }
    }

    /** Below any sum of points: a group's base points when the group is ruled out. */
    private static final int RULED_OUT = Integer.MIN_VALUE / 4;

    /** How long {@link #scoreRow}'s scratch space must be. */
    int scratchLength() {
        return Math.max(x.mentorCount(), groupsLength());
    }

    /**
     * Eligibility by language, seniority and department, and the points for seniority, shared
     * hours, departments, working style and priority: first per group of mentors (see
     * {@link CompatibilityIndex#mentorLevelZone}), then each mentor adds up its two groups.
     */
    private void baseRow(int mentee, int[] row, int[] scratch) {
        groupPoints(mentee, scratch);
        int levelZones = x.levelZoneLevel.length;
        int bonus = x.menteeBonus[mentee];
        int[] levelZone = x.mentorLevelZone;
        int[] background = x.mentorBackground;
        for (int m = 0, count = row.length; m < count; m++) {
            int points = scratch[levelZone[m]] + scratch[levelZones + background[m]];
            row[m] = points < 0 ? INELIGIBLE : points + bonus;
        }
        clearGroups(scratch);
    }

    /**
     * Fills the first {@link #groupsLength} places of {@code scratch} with mentee {@code mentee}'s
     * points per group of mentors, {@link #RULED_OUT} for a group it may not be paired with, and
     * returns the most any mentor's two groups can give it together, or a negative number when
     * every group of one kind is ruled out.
     */
    private int groupPoints(int mentee, int[] scratch) {
        int levelZones = x.levelZoneLevel.length;
        int levelOffset = Profile.MAX_LEVEL - x.menteeLevel[mentee];
        int zoneBase = x.menteeZone[mentee] * x.zoneCount;
        int hour = weights.sharedHour();
        int bestLevelZone = RULED_OUT;
        for (int k = 0; k < levelZones; k++) {
            int points = x.seniorityByGap[x.levelZoneLevel[k] + levelOffset];
            scratch[k] = points < 0 ? RULED_OUT : points + hour * x.sharedHours[zoneBase + x.levelZoneZone[k]];
            bestLevelZone = Math.max(bestLevelZone, scratch[k]);
        }
        int department = x.menteeDepartment[mentee];
        int styleBase = x.menteeStyleCode[mentee] * CompatibilityIndex.STYLE_CODES;
        int words = x.languageWords;
        int bestBackground = RULED_OUT;
        for (int k = 0, backgrounds = x.backgroundDepartment.length; k < backgrounds; k++) {
            int theirs = x.backgroundDepartment[k];
            boolean speaks = false;
            for (int w = 0; w < words && !speaks; w++) {
                speaks = (x.menteeLanguages[mentee * words + w] & x.backgroundLanguages[k * words + w]) != 0;
            }
            boolean allowed = speaks && !(x.differentDepartmentRequired && sameDepartment(department, theirs));
            scratch[levelZones + k] = !allowed ? RULED_OUT
                    : (department < 0 || theirs < 0 ? 0 : department == theirs ? weights.sameDepartment() : weights.differentDepartment())
                    + x.stylePoints[styleBase + x.backgroundStyle[k]];
            bestBackground = Math.max(bestBackground, scratch[levelZones + k]);
        }
        return bestLevelZone + bestBackground;
    }

    /** The longest of the mentees' lists that {@code first} delimits (wanted skills, goal words). */
    private int longestPerMentee(int[] first) {
        int most = 0;
        for (int i = 0; i < x.menteeCount(); i++) {
            most = Math.max(most, first[i + 1] - first[i]);
        }
        return most;
    }

    private int groupsLength() {
        return x.levelZoneLevel.length + x.backgroundDepartment.length;
    }

    private void clearGroups(int[] scratch) {
        Arrays.fill(scratch, 0, groupsLength(), 0);
    }

    /** What a walk by {@link Offerers} returns as its bound when no mentor left is eligible. */
    static final long NONE_LEFT = Long.MIN_VALUE / 4;

    /**
     * The lowest price of a mentor in each run of offerers (see {@link CompatibilityIndex#runStart})
     * and in each level and time zone group: what bounds the value ({@code score - price}) of a
     * mentor not scored yet. {@link #noPrices} when values are scores.
     */
    record RunPrices(long[] run, long[] group) {
    }

    /** Every mentor at price 0, so that a value is a score. */
    RunPrices noPrices() {
        return new RunPrices(new long[x.runLevelZone.length], new long[x.levelZoneLevel.length]);
    }

    /** The lowest of {@code price} (per mentor) in each run and each group. */
    RunPrices lowestPrices(long[] price) {
        long[] run = new long[x.runLevelZone.length];
        for (int r = 0; r < run.length; r++) {
            long lowest = Long.MAX_VALUE;
            for (int p = x.runStart[r]; p < x.runStart[r + 1]; p++) {
                lowest = Math.min(lowest, price[x.offeredBy[p]]);
            }
            run[r] = lowest;
        }
        long[] group = new long[x.levelZoneLevel.length];
        Arrays.fill(group, Long.MAX_VALUE);
        for (int m = 0; m < price.length; m++) {
            group[x.mentorLevelZone[m]] = Math.min(group[x.mentorLevelZone[m]], price[m]);
        }
        return new RunPrices(run, group);
    }

    /**
     * One mentee's pairs with the mentors who offer a skill it wants, with a bound on the value
     * ({@code score - price}) any mentor not scored yet can reach. A caller who wants only a
     * mentee's best few pairs can stop as soon as the bound falls below them, instead of scoring
     * the whole row: a mentee who wants a skill few mentors offer scores far higher with those
     * few than with anyone else, and among the many who offer a popular skill those in the level
     * and time zone groups that suit the mentee best score highest.
     *
     * <p>The offerers come a run at a time: the mentors of one level and time zone group who offer
     * one skill. A mentor not scored yet can score at most its group's points, the points of each
     * wanted skill whose run in that group was not walked yet, the best background points, the
     * goal words and the priority points; its price is at least the lowest in the runs of its
     * group not walked yet. The walk takes a run of the group with the highest such bound, the
     * skill worth most first, so the bound falls as fast as it can, and stops once no group's
     * bound is above what a mentor who offers none of the wanted skills could reach: from then
     * on no mentor left can rank above such a mentor. Each mentor is scored once, exactly as
     * {@link #score} would, with the group points worked out once per mentee; mentors of a group
     * the mentee may not be paired with are passed over. Not thread-safe: one per thread.
     */
    final class Offerers {
        /** How many buckets the groups are sorted into by bound. */
        static final int BUCKETS = 512;
        /** The mentors the last {@link #next} scored and found eligible, and their scores. */
        final int[] mentor = new int[x.mentorCount()];
        final int[] score = new int[x.mentorCount()];
        private final int[] groups = new int[groupsLength()];
        /** Per mentor: the walk that scored it last, counted by {@link #walks}. */
        private final int[] scoredFor = new int[x.mentorCount()];
        private int walks;
        /**
         * The mentee's goal words as bits of the words of a mentor's vocabulary row: which row
         * words ({@link #goalAt}) hold any, and their bits, so that the words a mentor shares
         * are counted a row word at a time.
         */
        private final int[] goalAt = new int[longestPerMentee(x.goalFirst)];
        private final long[] goalBits = new long[goalAt.length];
        private int goalParts;
        /** The wanted skills, fewest points first. */
        private final int[] skills = new int[longestPerMentee(x.wantedFirst)];
        /**
         * Per level and time zone group: its first run not walked yet, or -1. The runs of the walk
         * are numbered in the order they were listed: run {@code k} is the index's run
         * {@code runOf[k]}, worth {@code runPoints[k]}, followed in its group by {@code laterRun[k]}.
         */
        private final int[] firstRun = new int[x.levelZoneLevel.length];
        private final int[] runOf = new int[skills.length * x.levelZoneLevel.length];
        private final int[] laterRun = new int[runOf.length];
        private final int[] runPoints = new int[runOf.length];
        /** Per group with runs left: its points plus theirs, less their lowest price. */
        private final long[] groupBound = new long[x.levelZoneLevel.length];
        /** The groups with runs listed, whose {@link #firstRun} is reset when the next walk starts. */
        private final int[] touched = new int[x.levelZoneLevel.length];
        private int touchedCount;
        /**
         * The groups with runs left whose bound is above what a mentor who offers none of the
         * wanted skills can reach ({@link #bestWithoutSkills}), in {@link #BUCKETS} buckets by
         * bound, highest first: bucket {@code b} holds the bounds from {@code top - (b + 1) * width}
         * (exclusive) to {@code top - b * width}, as a list from {@code bucketFirst[b]} on through
         * {@link #laterGroup}. The walk takes a group of the first bucket that is not empty, at
         * {@link #bucket}; as a group's bound only falls, it only moves to a later bucket. A
         * group whose bound falls to {@code bestWithoutSkills} is dropped, as the walk never
         * takes its runs. Buckets one point wide, as for spans up to {@link #BUCKETS} points,
         * order the groups exactly; wider ones, roughly, and the bound is then the top of the
         * bucket, no lower than any bound in it.
         */
        private final int[] bucketFirst = new int[BUCKETS];
        private final int[] laterGroup = new int[x.levelZoneLevel.length];
        private int bucket;
        private long top;
        private long width;
        private RunPrices prices;
        /** The most a mentor who offers none of the wanted skills can reach, less what it adds to its group's points. */
        private long bestWithoutSkills;
        /** What a pair can add to its group's points and skills: background, goal words, priority. */
        private int beyondGroup;
        private boolean noneEligible;
        private int mentee;
        private int budget;

        Offerers() {
            Arrays.fill(firstRun, -1);
        }

        /**
         * Starts on {@code mentee} at {@code prices}: works out its group points, and the runs of
         * the mentors who offer its wanted skills; {@link #next} scores no more than
         * {@code budget} offerers in all.
         */
        void start(int mentee, int budget, RunPrices prices) {
            prepare(mentee);
            this.budget = budget;
            this.prices = prices;
            walks++;
            for (int k = 0; k < touchedCount; k++) {
                firstRun[touched[k]] = -1;
            }
            touchedCount = 0;
            Arrays.fill(bucketFirst, -1);
            bucket = BUCKETS;
            bestWithoutSkills = NONE_LEFT;
            if (noneEligible) {
                return;
            }
            int levelZones = x.levelZoneLevel.length;
            for (int g = 0; g < levelZones; g++) {
                if (groups[g] >= 0) {
                    bestWithoutSkills = Math.max(bestWithoutSkills, groups[g] - prices.group()[g]);
                }
            }
            int skillCount = 0;
            for (int k = x.wantedFirst[mentee], end = x.wantedFirst[mentee + 1]; k < end; k++) {
                int skill = x.wanted[k];
                int at = skillCount++;
                while (at > 0 && x.skillPoints[skills[at - 1]] > x.skillPoints[skill]) {
                    skills[at] = skills[at - 1];
                    at--;
                }
                skills[at] = skill;
            }
            int runs = 0;
            for (int k = 0; k < skillCount; k++) {
                int skill = skills[k];
                for (int r = x.offeredRunFirst[skill], last = x.offeredRunFirst[skill + 1]; r < last; r++) {
                    int g = x.runLevelZone[r];
                    if (groups[g] < 0) {
                        continue;
                    }
                    if (firstRun[g] < 0) {
                        touched[touchedCount++] = g;
                    }
                    runOf[runs] = r;
                    runPoints[runs] = x.skillPoints[skill];
                    laterRun[runs] = firstRun[g];
                    firstRun[g] = runs++;
                }
            }
            top = bestWithoutSkills;
            for (int k = 0; k < touchedCount; k++) {
                int g = touched[k];
                measure(g);
                top = Math.max(top, groupBound[g]);
            }
            width = Math.max(1, (top - bestWithoutSkills + BUCKETS - 1) / BUCKETS);
            for (int k = touchedCount - 1; k >= 0; k--) {
                file(touched[k]);
            }
            bucket = 0;
        }

        /** Puts group {@code g} in the bucket of its bound, unless its bound is no higher than {@link #bestWithoutSkills}. */
        private void file(int g) {
            if (groupBound[g] > bestWithoutSkills) {
                int b = (int) ((top - groupBound[g]) / width);
                laterGroup[g] = bucketFirst[b];
                bucketFirst[b] = g;
            }
        }

        /** The first bucket from {@link #bucket} on that is not empty, or {@link #BUCKETS} when all are. */
        private int firstFilled() {
            while (bucket < BUCKETS && bucketFirst[bucket] < 0) {
                bucket++;
            }
            return bucket;
        }

        /** Works out the group points and goal words of {@code mentee}, all that {@link #pairScore} needs. */
        private void prepare(int mentee) {
            this.mentee = mentee;
            int groupBest = groupPoints(mentee, groups);
            int bestGroup = RULED_OUT;
            for (int g = 0, levelZones = x.levelZoneLevel.length; g < levelZones; g++) {
                bestGroup = Math.max(bestGroup, groups[g]);
            }
            noneEligible = groupBest < 0;
            int goalWords = Math.min(weights.maxGoalTerms(), x.goalFirst[mentee + 1] - x.goalFirst[mentee]);
            beyondGroup = groupBest - bestGroup + goalWords * weights.goalTerm() + x.menteeBonus[mentee];
            goalParts = 0;
            for (int k = x.goalFirst[mentee], end = x.goalFirst[mentee + 1]; k < end; k++) {
                int at = x.goal[k] >>> 6;
                int part = 0;
                while (part < goalParts && goalAt[part] != at) {
                    part++;
                }
                if (part == goalParts) {
                    goalAt[goalParts] = at;
                    goalBits[goalParts++] = 0;
                }
                goalBits[part] |= 1L << x.goal[k];
            }
        }

        /** Sets group {@code g}'s bound from the runs it has left. */
        private void measure(int g) {
            long points = groups[g];
            long lowest = Long.MAX_VALUE;
            for (int k = firstRun[g]; k >= 0; k = laterRun[k]) {
                points += runPoints[k];
                lowest = Math.min(lowest, prices.run()[runOf[k]]);
            }
            groupBound[g] = points - lowest;
        }

        /** The most value any mentor not scored yet can reach with the mentee, or {@link #NONE_LEFT} when none of them is eligible. */
        long bound() {
            if (noneEligible) {
                return NONE_LEFT;
            }
            long best = firstFilled() == BUCKETS ? bestWithoutSkills : Math.max(bestWithoutSkills, top - bucket * width);
            return best <= NONE_LEFT ? NONE_LEFT : best + beyondGroup;
        }

        /**
         * Scores the mentors of the next run who were not scored before; returns how many of them
         * are eligible, listed in {@link #mentor} and {@link #score}, or -1 when no mentor left can
         * reach more than a mentor who offers none of the wanted skills, or the next run would take
         * the mentee over its budget.
         */
        int next() {
            if (firstFilled() == BUCKETS) {
                return -1;
            }
            int g = bucketFirst[bucket];
            int first = firstRun[g];
            int r = runOf[first];
            budget -= x.runStart[r + 1] - x.runStart[r];
            if (budget < 0) {
                return -1;
            }
            bucketFirst[bucket] = laterGroup[g];
            firstRun[g] = laterRun[first];
            if (firstRun[g] >= 0) {
                measure(g);
                file(g);
            }
            int count = 0;
            for (int p = x.runStart[r], last = x.runStart[r + 1]; p < last; p++) {
                int m = x.offeredBy[p];
                if (scoredFor[m] != walks) {
                    scoredFor[m] = walks;
                    int points = pairScore(m);
                    if (points >= 0) {
                        mentor[count] = m;
                        score[count++] = points;
                    }
                }
            }
            return count;
        }

        /** The pair's score, exactly as {@link #score} would give it. */
        private int pairScore(int m) {
            int points = groups[x.mentorLevelZone[m]] + groups[x.levelZoneLevel.length + x.mentorBackground[m]];
            if (points < 0 || excluded(mentee, m)) {
                return INELIGIBLE;
            }
            for (int k = x.wantedFirst[mentee], end = x.wantedFirst[mentee + 1]; k < end; k++) {
                if (CompatibilityIndex.hasBit(x.offered, m, x.skillWords, x.wanted[k])) {
                    points += x.skillPoints[x.wanted[k]];
                }
            }
            int shared = 0;
            for (int part = 0, row = m * x.wordWords; part < goalParts; part++) {
                shared += Long.bitCount(x.mentorWords[row + goalAt[part]] & goalBits[part]);
            }
            return points + Math.min(shared, weights.maxGoalTerms()) * weights.goalTerm() + x.menteeBonus[mentee];
        }
    }

    /**
     * Scores single pairs, exactly as {@link #score} does: the first few of a mentee one by one,
     * and once a mentee has more, from its group points, worked out once for it, which makes each
     * further pair several times cheaper. Not thread-safe: one per thread.
     */
    final class SinglePairs implements java.util.function.IntBinaryOperator {
        /** How many pairs of a mentee are scored one by one before its group points are worked out. */
        static final int ONE_BY_ONE = 12;
        private final Offerers fromGroups = new Offerers();
        private int mentee = -1;
        private int scored;

        @Override
        public int applyAsInt(int mentee, int mentor) {
            if (mentee != this.mentee) {
                this.mentee = mentee;
                scored = 0;
            }
            if (++scored <= ONE_BY_ONE) {
                return score(mentee, mentor);
            }
            if (scored == ONE_BY_ONE + 1) {
                fromGroups.prepare(mentee);
            }
            return fromGroups.pairScore(mentor);
        }
    }

    private static boolean sameDepartment(int a, int b) {
        return a >= 0 && a == b;
    }

    private boolean shareLanguage(int mentee, int mentor) {
        int words = x.languageWords;
        for (int w = 0; w < words; w++) {
            if ((x.menteeLanguages[mentee * words + w] & x.mentorLanguages[mentor * words + w]) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean excluded(int mentee, int mentor) {
        for (int k = x.excludedFirst[mentee], end = x.excludedFirst[mentee + 1]; k < end; k++) {
            if (x.excluded[k] == mentor) {
                return true;
            }
        }
        return false;
    }

    private int departmentPoints(int mentee, int mentor) {
        int a = x.menteeDepartment[mentee];
        int b = x.mentorDepartment[mentor];
        if (a < 0 || b < 0) {
            return 0;
        }
        return a == b ? weights.sameDepartment() : weights.differentDepartment();
    }

    /** The parts of an eligible pair's score, with the names people will read. */
    ScoreBreakdown explain(int mentee, int mentor) {
        Profile wants = x.mentees.get(mentee).profile();
        Profile offers = x.mentors.get(mentor).profile();
        List<String> skills = new ArrayList<>();
        int skillPoints = 0;
        for (int k = x.wantedFirst[mentee]; k < x.wantedFirst[mentee + 1]; k++) {
            if (CompatibilityIndex.hasBit(x.offered, mentor, x.skillWords, x.wanted[k])) {
                skills.add(x.skills.value(x.wanted[k]));
                skillPoints += x.skillPoints[x.wanted[k]];
            }
        }
        List<String> goalWords = new ArrayList<>();
        for (int k = x.goalFirst[mentee]; k < x.goalFirst[mentee + 1] && goalWords.size() < weights.maxGoalTerms(); k++) {
            if (CompatibilityIndex.hasBit(x.mentorWords, mentor, x.wordWords, x.goal[k])) {
                goalWords.add(x.words.value(x.goal[k]));
            }
        }
        int gap = offers.level() - wants.level();
        int hours = x.sharedHours[x.menteeZone[mentee] * x.zoneCount + x.mentorZone[mentor]];
        String language = wants.languages().stream().filter(offers.languages()::contains).findFirst().orElse("");
        List<String> styles = sharedStyles(wants.workingStyle(), offers.workingStyle());
        return new ScoreBreakdown(skills, skillPoints, goalWords, goalWords.size() * weights.goalTerm(),
                gap, Math.max(0, x.seniorityByGap[gap + Profile.MAX_LEVEL]), hours, hours * weights.sharedHour(),
                x.menteeDepartment[mentee] >= 0 && x.mentorDepartment[mentor] >= 0 ? wants.department() : "",
                x.menteeDepartment[mentee] == x.mentorDepartment[mentor], departmentPoints(mentee, mentor), language,
                styles, styles.size() * weights.workingStyle(), x.menteeBonus[mentee]);
    }

    /** The preferences both named alike, as {@code meeting.video}, {@code structure.agenda}, … */
    private static List<String> sharedStyles(WorkingStyle a, WorkingStyle b) {
        List<String> shared = new ArrayList<>();
        if (a.meeting() != null && a.meeting() == b.meeting()) {
            shared.add("meeting." + WorkingStyle.wireName(a.meeting()));
        }
        if (a.structure() != null && a.structure() == b.structure()) {
            shared.add("structure." + WorkingStyle.wireName(a.structure()));
        }
        if (a.communication() != null && a.communication() == b.communication()) {
            shared.add("communication." + WorkingStyle.wireName(a.communication()));
        }
        return shared;
    }

    /**
     * The first rule, in a fixed order, that rules the pair out, or {@code null} when it is
     * eligible: language, an earlier pairing (or the mentor is the mentee), seniority, the
     * level gap, the department.
     */
    Exclusion exclusion(int mentee, int mentor) {
        if (!shareLanguage(mentee, mentor)) {
            return Exclusion.LANGUAGE;
        }
        if (excluded(mentee, mentor)) {
            return Exclusion.PAIRED_BEFORE;
        }
        int gap = x.mentorLevel[mentor] - x.menteeLevel[mentee];
        if (x.rules.maxLevelGap() != null && Math.abs(gap) > x.rules.maxLevelGap()) {
            return Exclusion.LEVEL_GAP;
        }
        if (x.seniorityByGap[gap + Profile.MAX_LEVEL] < 0) {
            return Exclusion.SENIORITY;
        }
        if (x.differentDepartmentRequired && sameDepartment(x.menteeDepartment[mentee], x.mentorDepartment[mentor])) {
            return Exclusion.DEPARTMENT;
        }
        return null;
    }
}
