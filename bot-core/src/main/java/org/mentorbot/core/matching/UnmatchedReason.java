package org.mentorbot.core.matching;

/** Why a mentee who wants a mentor did not get one in a round. */
public enum UnmatchedReason {
    /** No active mentor fits at all: language, seniority, an earlier pairing, or nobody offers to mentor. */
    NO_ELIGIBLE_MENTOR,
    /** Mentors fit, but their capacity went to other mentees. */
    CAPACITY_EXHAUSTED
}
