package org.mentorbot.core.enrollment;

/** Active people are matched and nudged; paused people are neither; people who left are gone from the program. */
public enum ParticipantStatus {
    ACTIVE, PAUSED, LEFT
}
