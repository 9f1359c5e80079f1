package org.mentorbot.core.matching;

/**
 * The hard rules of a program's matching, on top of the scores: who may mentor whom by
 * seniority, whether mentor and mentee must come from different departments, and how far
 * apart their levels may be.
 *
 * @param seniority           which way seniority must point
 * @param differentDepartment a pair must name two different departments
 * @param maxLevelGap         the largest level difference allowed between the two, or {@code null} for no limit
 */
public record MatchingRules(Seniority seniority, boolean differentDepartment, Integer maxLevelGap) {

    public static final MatchingRules DEFAULTS = new MatchingRules(Seniority.MENTOR_SENIOR, false, null);

    public MatchingRules {
        if (seniority == null) {
            seniority = Seniority.MENTOR_SENIOR;
        }
        if (maxLevelGap != null && (maxLevelGap < 0 || maxLevelGap > 9)) {
            throw new IllegalArgumentException("maxLevelGap must be between 0 and 9, was " + maxLevelGap);
        }
    }

    public MatchingRules withSeniority(Seniority direction) {
        return new MatchingRules(direction, differentDepartment, maxLevelGap);
    }

    /** Which way seniority points in a pair. */
    public enum Seniority {
        /** The mentor is at least as senior as the mentee (more senior scores). */
        MENTOR_SENIOR,
        /** Reverse mentoring: the mentee is at least as senior as the mentor. */
        MENTEE_SENIOR,
        /** Peers: seniority neither rules out nor scores. */
        NONE
    }
}
