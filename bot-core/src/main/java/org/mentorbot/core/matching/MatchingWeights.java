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
 * @param workingStyle        points per working-style preference both name alike (meeting format,
 *                            structure, communication); {@code null} reads as the default, 5
 * @param waitingRound        priority points a mentee gains for each round they were left waiting,
 *                            for at most {@link #MAX_WAITING_ROUNDS} rounds; {@code null} reads as 15
 * @param rematch             priority points for a mentee whose last pairing ended as "not a good
 *                            fit"; {@code null} reads as 150
 */
public record MatchingWeights(
        int skill,
        int goalTerm,
        int maxGoalTerms,
        int seniority,
        int sharedHour,
        int differentDepartment,
        int sameDepartment,
        boolean juniorMentors,
        Integer workingStyle,
        Integer waitingRound,
        Integer rematch) {

    /** Skill and goal fit lead; seniority, time zones, working style and a fresh perspective refine. */
    public static final MatchingWeights DEFAULTS = new MatchingWeights(20, 6, 3, 15, 2, 8, 0, false);

    /** Priority grows with rounds waited up to this many. */
    public static final int MAX_WAITING_ROUNDS = 6;

    private static final int MAX_POINTS = 10_000;

    public MatchingWeights {
        requireRange("skill", skill);
        requireRange("goalTerm", goalTerm);
        requireRange("maxGoalTerms", maxGoalTerms);
        requireRange("seniority", seniority);
        requireRange("sharedHour", sharedHour);
        requireRange("differentDepartment", differentDepartment);
        requireRange("sameDepartment", sameDepartment);
        workingStyle = workingStyle == null ? 5 : workingStyle;
        waitingRound = waitingRound == null ? 15 : waitingRound;
        rematch = rematch == null ? 150 : rematch;
        requireRange("workingStyle", workingStyle);
        requireRange("waitingRound", waitingRound);
        requireRange("rematch", rematch);
    }

    /** The weights without working-style and priority settings: those take their defaults. */
    public MatchingWeights(int skill, int goalTerm, int maxGoalTerms, int seniority, int sharedHour, int differentDepartment,
                           int sameDepartment, boolean juniorMentors) {
        this(skill, goalTerm, maxGoalTerms, seniority, sharedHour, differentDepartment, sameDepartment, juniorMentors,
                null, null, null);
    }

    /** The priority points of a mentee who waited {@code rounds} rounds and, if {@code rematched}, left a pairing that did not fit. */
    public int priorityPoints(int rounds, boolean rematched) {
        return Math.min(Math.max(0, rounds), MAX_WAITING_ROUNDS) * waitingRound + (rematched ? rematch : 0);
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
