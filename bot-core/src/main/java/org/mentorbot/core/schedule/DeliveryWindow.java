package org.mentorbot.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a nudge to a pair may be delivered: at once when working hours do not matter; else
 * inside both people's working hours (weekdays 09:00–17:00, each in their own zone) when those
 * meet within the next two weeks, and otherwise inside the mentee's, who asked for the
 * mentoring. Computed on instants, so it holds across daylight-saving changes and the date line.
 */
public final class DeliveryWindow {

    private final boolean workingHoursOnly;

    public DeliveryWindow(boolean workingHoursOnly) {
        this.workingHoursOnly = workingHoursOnly;
    }

    /** The first instant at or after {@code due} at which the pair may be nudged. */
    public Instant earliest(ZoneId mentor, ZoneId mentee, Instant due) {
        if (!workingHoursOnly) {
            return due;
        }
        if (WorkingHours.contains(mentor, due) && WorkingHours.contains(mentee, due)) {
            return due;
        }
        Optional<Instant> both = WorkingHours.firstCommonSlot(mentor, mentee, due);
        return both.orElseGet(() -> WorkingHours.nextOpening(mentee, due));
    }
}
