package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A single node (RAM job store, state in Redis) is stopped and started again: the schedule is
 * rebuilt from program state, every due nudge goes out, a nudge missed while the bot was down
 * goes out once (not once per missed interval), and none twice.
 */
class RestartIT {

    static final int PAIRS = 50;

    @Test
    void nudgesSurviveARestartAndMissedOnesAreSentOnce() throws Exception {
        try (ScheduledRun run = new ScheduledRun()) {
            run.seed(PAIRS);
            try (NodeProcess first = NodeProcess.start("restart-1", run.settings(false)).awaitHealthy(Duration.ofSeconds(90))) {
                Thread.sleep(8_000);
                first.stop();
            }
            int beforeRestart = run.nudges().size();
            Thread.sleep(11_000);
            Instant restarted;
            try (NodeProcess second = NodeProcess.start("restart-2", run.settings(false)).awaitHealthy(Duration.ofSeconds(90))) {
                restarted = Instant.now();
                Thread.sleep(8_000);
                second.stop();
            }

            assertThat(beforeRestart).as("nudged before the restart").isGreaterThanOrEqualTo(PAIRS);
            run.assertEachNudgeDeliveredOnce(PAIRS, 0);
            run.assertNoPairWaitedLongerThan(ScheduledRun.CADENCE.plusSeconds(3), restarted, restarted.plusSeconds(7));
        }
    }
}
