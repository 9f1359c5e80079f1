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

    /**
     * One mentee's pairs with the mentors who offer a skill it wants, scored a skill at a time,
     * the skill worth most points first, with a bound on what any mentor not scored yet can
     * score. A caller who wants only a mentee's best few pairs can stop as soon as the bound
     * falls below them, instead of scoring the whole row: a mentee who wants a skill few mentors
     * offer scores far higher with those few than with anyone else. Each mentor is scored once,
     * exactly as {@link #score} would, with the group points worked out once per mentee. Not
     * thread-safe: one per thread.
     */
    final class Offerers {
        /** The mentors the last {@link #next} scored and found eligible, and their scores. */
        final int[] mentor = new int[x.mentorCount()];
        final int[] score = new int[x.mentorCount()];
        private final int[] groups = new int[groupsLength()];
        private final int[] scoredFor = new int[x.mentorCount()];
        private final int[] skills = new int[longestPerMentee(x.wantedFirst)];
        /**
         * The mentee's goal words as bits of the words of a mentor's vocabulary row: which row
         * words ({@link #goalAt}) hold any, and their bits, so that the words a mentor shares
         * are counted a row word at a time.
         */
        private final int[] goalAt = new int[longestPerMentee(x.goalFirst)];
        private final long[] goalBits = new long[goalAt.length];
        private int goalParts;
        private int mentee;
        private int skillCount;
        private int nextSkill;
        private int bound;
        private int budget;

        /**
         * Starts on {@code mentee}: works out its group points, and orders its wanted skills by
         * points, most first; {@link #next} scores no more than {@code budget} offerers in all.
         */
        void start(int mentee, int budget) {
            this.mentee = mentee;
            this.budget = budget;
            int groupBest = groupPoints(mentee, groups);
            skillCount = 0;
            int skillBound = 0;
            for (int k = x.wantedFirst[mentee], end = x.wantedFirst[mentee + 1]; k < end; k++) {
                int skill = x.wanted[k];
                int at = skillCount++;
                while (at > 0 && x.skillPoints[skills[at - 1]] < x.skillPoints[skill]) {
                    skills[at] = skills[at - 1];
                    at--;
                }
                skills[at] = skill;
                skillBound += x.skillPoints[skill];
            }
            nextSkill = 0;
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
            int goalWords = Math.min(weights.maxGoalTerms(), x.goalFirst[mentee + 1] - x.goalFirst[mentee]);
            bound = groupBest < 0 ? INELIGIBLE : groupBest + skillBound + goalWords * weights.goalTerm() + x.menteeBonus[mentee];
        }

        /** The most any mentor not scored yet can score with the mentee; negative when none of them is eligible. */
        int bound() {
            return bound;
        }

        /**
         * Scores the mentors who offer the next skill and were not scored before; returns how
         * many of them are eligible, listed in {@link #mentor} and {@link #score}, or -1 when
         * there is no skill left or its offerers would take the mentee over its budget.
         */
        int next() {
            if (nextSkill == skillCount) {
                return -1;
            }
            int skill = skills[nextSkill];
            budget -= x.offeredByFirst[skill + 1] - x.offeredByFirst[skill];
            if (budget < 0) {
                return -1;
            }
            nextSkill++;
            int mark = mentee + 1;
            int count = 0;
            for (int p = x.offeredByFirst[skill], last = x.offeredByFirst[skill + 1]; p < last; p++) {
                int m = x.offeredBy[p];
                if (scoredFor[m] != mark) {
                    scoredFor[m] = mark;
                    int points = pairScore(m, nextSkill, x.skillPoints[skill]);
                    if (points >= 0) {
                        mentor[count] = m;
                        score[count++] = points;
                    }
                }
            }
            if (bound >= 0) {
                bound -= x.skillPoints[skill];
            }
            return count;
        }

        private int pairScore(int m) {
            return pairScore(m, 0, 0);
        }

        /**
         * The pair's score, when mentor {@code m} is known to offer none of the mentee's skills
         * before {@code firstSkill} (in the order walked) but those worth {@code knownPoints}:
         * a mentor first met among a skill's offerers offers that skill and none walked before.
         */
        private int pairScore(int m, int firstSkill, int knownPoints) {
            int points = groups[x.mentorLevelZone[m]] + groups[x.levelZoneLevel.length + x.mentorBackground[m]];
            if (points < 0 || excluded(mentee, m)) {
                return INELIGIBLE;
            }
            for (int k = firstSkill; k < skillCount; k++) {
                if (CompatibilityIndex.hasBit(x.offered, m, x.skillWords, skills[k])) {
                    points += x.skillPoints[skills[k]];
                }
            }
            int shared = 0;
            for (int part = 0, row = m * x.wordWords; part < goalParts; part++) {
                shared += Long.bitCount(x.mentorWords[row + goalAt[part]] & goalBits[part]);
            }
            return points + knownPoints + Math.min(shared, weights.maxGoalTerms()) * weights.goalTerm() + x.menteeBonus[mentee];
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
                fromGroups.start(mentee, 0);
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
