package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Working hours are weekdays 09:00–17:00 local, computed on instants so that DST and the date line come out right. */
class WorkingHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void nineToFiveOnWeekdaysOnly() {
        assertThat(WorkingHours.contains(BERLIN, Instant.parse("2026-03-02T08:00:00Z"))).as("Mon 09:00 CET").isTrue();
        assertThat(WorkingHours.contains(BERLIN, Instant.parse("2026-03-02T07:59:59Z"))).as("Mon 08:59 CET").isFalse();
        assertThat(WorkingHours.contains(BERLIN, Instant.parse("2026-03-02T16:00:00Z"))).as("Mon 17:00 CET").isFalse();
        assertThat(WorkingHours.contains(BERLIN, Instant.parse("2026-03-07T10:00:00Z"))).as("Saturday").isFalse();
    }

    @Test
    void theNextOpeningAfterAWeekendIsMondayMorning() {
        assertThat(WorkingHours.nextOpening(BERLIN, Instant.parse("2026-03-06T16:30:00Z")))
                .isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
    }

    @Test
    void theNextOpeningFollowsTheClocksWhenTheyGoForward() {
        assertThat(WorkingHours.nextOpening(BERLIN, Instant.parse("2026-03-28T12:00:00Z")))
                .as("Monday after the change to CEST opens at 07:00 UTC").isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void theNextOpeningFollowsTheClocksWhenTheyGoBack() {
        assertThat(WorkingHours.nextOpening(BERLIN, Instant.parse("2026-10-24T12:00:00Z")))
                .as("Monday after the change to CET opens at 08:00 UTC").isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void commonHoursShiftInTheWeeksWhenOnlyAmericaHasChangedItsClocks() {
        Instant winterMonday = Instant.parse("2026-02-16T06:00:00Z");
        Instant betweenTheChanges = Instant.parse("2026-03-16T06:00:00Z");

        assertThat(WorkingHours.firstCommonSlot(NEW_YORK, LONDON, winterMonday)).contains(Instant.parse("2026-02-16T14:00:00Z"));
        assertThat(WorkingHours.firstCommonSlot(NEW_YORK, LONDON, betweenTheChanges)).contains(Instant.parse("2026-03-16T13:00:00Z"));
    }

    @Test
    void zonesAcrossTheDateLineMeetWhenBothOfTheirDatesAreWeekdays() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");

        assertThat(WorkingHours.firstCommonSlot(auckland, losAngeles, Instant.parse("2026-01-16T21:00:00Z")))
                .as("Auckland Tuesday 09:00 is Los Angeles Monday 12:00").contains(Instant.parse("2026-01-19T20:00:00Z"));
    }

    @Test
    void zonesTwentyFiveHoursApartStillShareSevenHoursOnFourDaysAWeek() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");

        assertThat(WorkingHours.firstCommonSlot(kiritimati, pagoPago, Instant.parse("2026-03-06T04:00:00Z")))
                .as("Kiritimati Tuesday 10:00 is Pago Pago Monday 09:00").contains(Instant.parse("2026-03-09T20:00:00Z"));
    }

    @Test
    void zonesWhoseHoursNeverMeetHaveNoCommonSlot() {
        assertThat(WorkingHours.firstCommonSlot(ZoneId.of("Asia/Tokyo"), NEW_YORK, Instant.parse("2026-03-02T00:00:00Z"))).isEmpty();
    }

    @Test
    void oddOffsetsAreHandledExactly() {
        assertThat(WorkingHours.firstCommonSlot(ZoneId.of("Asia/Kathmandu"), ZoneId.of("Asia/Kolkata"), Instant.parse("2026-03-02T00:00:00Z")))
                .contains(Instant.parse("2026-03-02T03:30:00Z"));
    }

    @Test
    void aMeetingSlotEndsInsideBothDaysNotAQuarterBeforeClosing() {
        Instant from = Instant.parse("2026-03-02T15:45:00Z");

        assertThat(WorkingHours.firstCommonSlot(BERLIN, BERLIN, from)).as("16:45 CET is open")
                .hasValue(Instant.parse("2026-03-02T15:45:00Z"));
        assertThat(WorkingHours.firstCommonSlot(BERLIN, BERLIN, from, Duration.ofMinutes(30))).as("but half an hour does not fit")
                .hasValue(Instant.parse("2026-03-03T08:00:00Z"));
        assertThat(WorkingHours.firstCommonSlot(BERLIN, LONDON, Instant.parse("2026-03-02T15:15:00Z"), Duration.ofMinutes(30)))
                .as("16:15 to 16:45 in Berlin, 15:15 to 15:45 in London").hasValue(Instant.parse("2026-03-02T15:15:00Z"));
    }
}
