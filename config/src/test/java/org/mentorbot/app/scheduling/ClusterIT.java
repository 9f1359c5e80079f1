package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing Redis (program state) and PostgreSQL (Quartz's clustered job store),
 * 200 pairs on a PT5S cadence for a minute: every nudge is delivered exactly once.
 */
class ClusterIT {

    static final int PAIRS = 200;

    @Test
    void twoNodesDeliverEveryNudgeExactlyOnce() throws Exception {
        try (ScheduledRun run = new ScheduledRun()) {
            run.seed(PAIRS);
            try (NodeProcess a = NodeProcess.start("cluster-a", run.settings(true));
                 NodeProcess b = NodeProcess.start("cluster-b", run.settings(true))) {
                a.awaitHealthy(Duration.ofSeconds(90));
                b.awaitHealthy(Duration.ofSeconds(90));
                Instant bothUp = Instant.now();
                Thread.sleep(60_000);
                a.stop();
                b.stop();

                run.assertEachNudgeDeliveredOnce(PAIRS, 0);
                run.assertNoPairWaitedLongerThan(ScheduledRun.CADENCE.plusSeconds(4), bothUp.plusSeconds(5), bothUp.plusSeconds(55));
                assertThat(run.nudges().stream().filter(n -> n.at().isAfter(bothUp)).count())
                        .as("about one nudge per pair per cadence").isGreaterThanOrEqualTo(PAIRS * 9L);
            }
        }
    }
}
