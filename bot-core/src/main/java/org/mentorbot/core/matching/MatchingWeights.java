package org.mentorbot.core.matching;

/**
 * How much each kind of fit counts when the matcher scores a mentor for a mentee. All points
 * are non-negative, so every score is too.
 *
 * @param skill               points per shared skill, multiplied by how rare the skill is among
 *                            mentors (1.0 for a skill every mentor offers, more for rarer ones)
 * @param goalTerm            points per word the mentee's goals share with the mentor's goals or skills
 * @param maxGoalTerms        at most this many shared goal words count
 * @param seniority           points when the mentor is 1 to 3 levels above the mentee; half as much
 *                            for a larger gap, none for peers
 * @param sharedHour          points per whole hour of shared working time (weekdays 09:00-17:00 local)
 * @param differentDepartment points when both name a department and they differ
 * @param sameDepartment      points when both name the same department
 * @param juniorMentors       whether a mentor may be less senior than the mentee (no points for it)
 */
public record MatchingWeights(
        int skill,
        int goalTerm,
        int maxGoalTerms,
        int seniority,
        int sharedHour,
        int differentDepartment,
        int sameDepartment,
        boolean juniorMentors) {

    /** Skill and goal fit lead; seniority, time zones and a fresh perspective refine. */
    public static final MatchingWeights DEFAULTS = new MatchingWeights(20, 6, 3, 15, 2, 8, 0, false);

    private static final int MAX_POINTS = 10_000;

    public MatchingWeights {
        requireRange("skill", skill);
        requireRange("goalTerm", goalTerm);
        requireRange("maxGoalTerms", maxGoalTerms);
        requireRange("seniority", seniority);
        requireRange("sharedHour", sharedHour);
        requireRange("differentDepartment", differentDepartment);
        requireRange("sameDepartment", sameDepartment);
    }

    private static void requireRange(String name, int value) {
        if (value < 0 || value > MAX_POINTS) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_POINTS + ", was " + value);
        }
    }

    /** Seniority points for a mentor {@code gap} levels above the mentee, or -1 when that gap rules the pair out. */
    int seniorityPoints(int gap) {
        if (gap < 0) {
            return juniorMentors ? 0 : -1;
        }
        if (gap == 0) {
            return 0;
        }
        return gap <= 3 ? seniority : seniority / 2;
    }
}
