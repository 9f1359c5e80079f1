package org.mentorbot.core.people;

/** Active people are matched and nudged; paused people are neither; people who left are gone from the program. */
public enum ParticipantStatus {
    ACTIVE, PAUSED, LEFT
}
