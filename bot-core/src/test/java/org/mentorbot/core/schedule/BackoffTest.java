package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries wait longer each time, never longer than the pair's rhythm, and give up after a few. */
class BackoffTest {

    @Test
    void waitsDoubleFromAQuarterOfTheCadenceUpToTheCadence() {
        Backoff backoff = new Backoff(6);
        Duration cadence = Duration.ofSeconds(8);
        assertThat(backoff.failed("pair", cadence)).contains(Duration.ofSeconds(2));
        assertThat(backoff.failed("pair", cadence)).contains(Duration.ofSeconds(4));
        assertThat(backoff.failed("pair", cadence)).contains(Duration.ofSeconds(8));
        assertThat(backoff.failed("pair", cadence)).contains(Duration.ofSeconds(8));
    }

    @Test
    void longCadencesStartAtAMinuteAndStopAtAnHour() {
        assertThat(Backoff.delay(1, Duration.ofDays(14))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.delay(7, Duration.ofDays(14))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheLastAttemptAndASuccessStartsTheCountAgain() {
        Backoff backoff = new Backoff(3);
        Duration cadence = Duration.ofMinutes(4);
        backoff.failed("a", cadence);
        backoff.succeeded("a");
        assertThat(backoff.failed("a", cadence)).contains(Duration.ofMinutes(1));
        assertThat(backoff.failed("a", cadence)).contains(Duration.ofMinutes(2));
        assertThat(backoff.failed("a", cadence)).isEmpty();
        assertThat(backoff.failed("a", cadence)).as("starts over").contains(Duration.ofMinutes(1));
    }
}
