package org.mentorbot.core.recognition;

/** A point in a mentor's contribution that the program recognises, each once per mentor (and per mentee, for goals). */
public enum Milestone {
    FIRST_MEETING, FIVE_MEETINGS, GOAL_ACHIEVED, PROGRAM_COMPLETED;

    /** The meetings held that reach this milestone, or 0 when meetings do not count for it. */
    int meetings() {
        return switch (this) {
            case FIRST_MEETING -> 1;
            case FIVE_MEETINGS -> 5;
            default -> 0;
        };
    }
}
