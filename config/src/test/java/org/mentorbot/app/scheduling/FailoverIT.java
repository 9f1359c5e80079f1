package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.scheduling.FakePlatform.Accepted;

/**
 * kill -9 of the node that is doing the work: the other node notices within Quartz's cluster
 * check-in, takes the work over within 30 s, and nothing is lost or sent twice.
 */
class FailoverIT {

    static final int PAIRS = 100;
    static final Duration TAKEOVER = Duration.ofSeconds(30);

    @Test
    void theSurvivorCarriesOnWithin30Seconds() throws Exception {
        try (ScheduledRun run = new ScheduledRun()) {
            run.seed(PAIRS);
            try (NodeProcess a = NodeProcess.start("failover-a", run.settings(true));
                 NodeProcess b = NodeProcess.start("failover-b", run.settings(true))) {
                a.awaitHealthy(Duration.ofSeconds(90));
                b.awaitHealthy(Duration.ofSeconds(90));
                Thread.sleep(8_000);
                String holder = run.nudges().stream().max(Comparator.comparing(Accepted::at)).orElseThrow().node();
                NodeProcess victim = holder.equals(a.name()) ? a : b;
                NodeProcess survivor = victim == a ? b : a;
                victim.kill();
                Instant killed = Instant.now();
                Thread.sleep(TAKEOVER.plusSeconds(8).toMillis());
                survivor.stop();

                assertThat(run.nudges()).as("the survivor took over within 30 s").anySatisfy(n -> {
                    assertThat(n.node()).isEqualTo(survivor.name());
                    assertThat(n.at()).isAfter(killed).isBefore(killed.plus(TAKEOVER));
                });
                run.assertNoPairWaitedLongerThan(TAKEOVER.plus(ScheduledRun.CADENCE), killed, killed.plus(TAKEOVER).plusSeconds(8));
                run.assertEachNudgeDeliveredOnce(PAIRS, 16);
            }
        }
    }
}
