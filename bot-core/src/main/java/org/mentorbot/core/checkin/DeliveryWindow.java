package org.mentorbot.core.checkin;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.mentorbot.core.program.WorkingHours;

/**
 * When a nudge to a pair may be delivered: at once when working hours do not matter; else
 * inside both people's working hours when those ever overlap, and otherwise inside the
 * mentee's, who asked for the mentoring.
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
        Optional<Instant> both = WorkingHours.firstCommonSlot(mentor, mentee, due);
        if (both.isPresent() && WorkingHours.contains(mentor, due) && WorkingHours.contains(mentee, due)) {
            return due;
        }
        return both.orElseGet(() -> WorkingHours.nextOpening(mentee, due));
    }
}
