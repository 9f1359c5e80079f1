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
        assertThat(backoff.failed(0, cadence).after()).contains(Duration.ofSeconds(2));
        assertThat(backoff.failed(1, cadence).after()).contains(Duration.ofSeconds(4));
        assertThat(backoff.failed(2, cadence).after()).contains(Duration.ofSeconds(8));
        assertThat(backoff.failed(3, cadence).after()).contains(Duration.ofSeconds(8));
    }

    @Test
    void longCadencesStartAtAMinuteAndStopAtAnHour() {
        assertThat(Backoff.delay(1, Duration.ofDays(14))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.delay(7, Duration.ofDays(14))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpAfterTheLastAttemptAndTheCountStartsOver() {
        Backoff backoff = new Backoff(3);
        Duration cadence = Duration.ofMinutes(4);
        Backoff.Retry first = backoff.failed(0, cadence);
        assertThat(first.after()).contains(Duration.ofMinutes(1));
        Backoff.Retry second = backoff.failed(first.failuresRunning(), cadence);
        assertThat(second.after()).contains(Duration.ofMinutes(2));
        Backoff.Retry third = backoff.failed(second.failuresRunning(), cadence);
        assertThat(third.after()).isEmpty();
        assertThat(backoff.failed(third.failuresRunning(), cadence).after()).as("starts over").contains(Duration.ofMinutes(1));
    }
}
