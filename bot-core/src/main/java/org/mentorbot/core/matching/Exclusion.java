package org.mentorbot.core.matching;

/** A rule that rules a mentor out for a mentee, in the order they are checked. */
public enum Exclusion {
    /** They share no language. */
    LANGUAGE,
    /** They were paired before (or it is the same person). */
    PAIRED_BEFORE,
    /** The program's maximum level gap. */
    LEVEL_GAP,
    /** Seniority points the wrong way for the program (a mentor less senior than the mentee, or the reverse). */
    SENIORITY,
    /** The program requires different departments and both named the same one. */
    DEPARTMENT,
    /** Nobody in the program offers to mentor right now. */
    NO_MENTORS
}
