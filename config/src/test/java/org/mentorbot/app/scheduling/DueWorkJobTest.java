package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.ScheduledProgram;
import org.mentorbot.core.testkit.Conversation;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * A kind's job as a tick fires it: a round takes at most {@link DueDelivery#ROUND} due pairings, what it leaves due
 * shows in the backlog gauge, and the next firing takes it.
 */
class DueWorkJobTest {

    private static final Instant NOW = Conversation.MONDAY_MORNING;

    private final Conversation conversation = new Conversation();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aBacklogPastARoundsMostIsTheBacklogUntilTheNextFiringTakesIt() throws Exception {
        ScheduledProgram.seed(conversation.stores, DueDelivery.ROUND + 5, Duration.ofDays(14), NOW.minusSeconds(1));
        try (DeliveryPool pool = new DeliveryPool(4)) {
            DueWorkJob job = new DueWorkJob(conversation.registry, Clock.fixed(NOW, ZoneOffset.UTC), pool, new TickMetrics(registry));

            job.execute(firing(DueWork.CHECK_INS));
            assertThat(nudged()).isEqualTo(DueDelivery.ROUND);
            assertThat(backlog()).as("still due after the first round").isEqualTo(5);

            job.execute(firing(DueWork.CHECK_INS));
            assertThat(nudged()).isEqualTo(DueDelivery.ROUND + 5);
            assertThat(backlog()).isZero();
        }
        assertThat(conversation.stores.pairings().dueCount(DueIndex.CHECK_IN, NOW)).isZero();
    }

    private long nudged() {
        return conversation.messenger.all().stream().filter(m -> m.kind() == Message.Kind.CHECK_IN).count();
    }

    private double backlog() {
        return registry.get("mentorbot.scheduler.backlog").tag("kind", DueWork.CHECK_INS.kind()).gauge().value();
    }

    private static JobExecutionContext firing(DueWork work) {
        JobExecutionContext context = mock(JobExecutionContext.class);
        when(context.getMergedJobDataMap()).thenReturn(new JobDataMap(Map.of(DueWorkJob.KIND, work.name())));
        return context;
    }
}
