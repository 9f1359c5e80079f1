package org.mentorbot.core.checkin;

/** What a pair answered to "did you meet?". */
public enum CheckInOutcome {
    MET, NOT_YET, NEED_HELP
}
