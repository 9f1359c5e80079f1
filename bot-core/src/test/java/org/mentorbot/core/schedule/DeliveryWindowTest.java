package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When a nudge may reach a pair: inside both people's working hours where they meet, else the mentee's. */
class DeliveryWindowTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final DeliveryWindow window = new DeliveryWindow(true);

    @Test
    void aNudgeDueInsideBothPeoplesHoursGoesAtOnce() {
        Instant due = Instant.parse("2026-03-03T14:20:00Z");
        assertThat(window.earliest(BERLIN, NEW_YORK, due)).isEqualTo(due);
    }

    @Test
    void aNudgeDueAtNightWaitsForTheHoursTheyShare() {
        assertThat(window.earliest(BERLIN, NEW_YORK, Instant.parse("2026-03-03T02:00:00Z")))
                .as("09:00 in New York is 15:00 in Berlin").isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));
    }

    @Test
    void aNudgeDueOnTheWeekendWaitsForMonday() {
        assertThat(window.earliest(BERLIN, BERLIN, Instant.parse("2026-03-07T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-09T08:00:00Z"));
    }

    @Test
    void withoutCommonHoursTheMenteesHoursDecide() {
        Instant fridayEveningInTokyo = Instant.parse("2026-03-06T10:00:00Z");
        assertThat(window.earliest(NEW_YORK, TOKYO, fridayEveningInTokyo))
                .as("Monday 09:00 in Tokyo").isEqualTo(Instant.parse("2026-03-09T00:00:00Z"));
        assertThat(window.earliest(TOKYO, NEW_YORK, fridayEveningInTokyo))
                .as("Friday 09:00 in New York").isEqualTo(Instant.parse("2026-03-06T14:00:00Z"));
    }

    @Test
    void theSpringDaylightSavingChangeMovesTheMorningByAnHour() {
        assertThat(window.earliest(BERLIN, BERLIN, Instant.parse("2026-03-29T10:00:00Z")))
                .as("Sunday of the change to CEST -> Monday 09:00 CEST").isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void theAutumnDaylightSavingChangeMovesTheMorningBack() {
        assertThat(window.earliest(NEW_YORK, NEW_YORK, Instant.parse("2026-10-31T20:00:00Z")))
                .as("Saturday before the change to EST -> Monday 09:00 EST").isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(window.earliest(NEW_YORK, NEW_YORK, Instant.parse("2026-10-30T20:00:00Z")))
                .as("Friday 16:00 EDT is still inside").isEqualTo(Instant.parse("2026-10-30T20:00:00Z"));
    }

    @Test
    void acrossTheDateLineBothDatesMustBeWeekdays() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        ZoneId honolulu = ZoneId.of("Pacific/Honolulu");
        Instant mondayMorningInAuckland = Instant.parse("2026-03-01T21:00:00Z");
        assertThat(window.earliest(honolulu, auckland, mondayMorningInAuckland))
                .as("Sunday in Honolulu: wait for Auckland Tuesday 09:00 = Honolulu Monday 10:00")
                .isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
    }

    @Test
    void withWorkingHoursOffANudgeGoesWhenDue() {
        Instant sundayNight = Instant.parse("2026-03-08T23:00:00Z");
        assertThat(new DeliveryWindow(false).earliest(BERLIN, TOKYO, sundayNight)).isEqualTo(sundayNight);
    }
}
