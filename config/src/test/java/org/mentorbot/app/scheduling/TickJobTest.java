package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.DueWatch;
import org.mentorbot.core.program.StoresDueLookout;
import org.mentorbot.core.testkit.Conversation;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The tick on a scheduler that is not started, so that what it fires stays waiting: nothing due fires nothing
 * and reports no backlog; a due check-in fires the check-ins job once, and later ticks do not pile up another
 * firing while that one waits.
 */
class TickJobTest {

    private final Conversation conversation = new Conversation();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Scheduler scheduler = ramScheduler();
    private final TickJob tick = new TickJob(
            new DueWatch(conversation.registry, new StoresDueLookout(conversation.programs, conversation.registry::stores)),
            Clock.fixed(Conversation.MONDAY_MORNING, ZoneOffset.UTC), new TickMetrics(registry),
            new DefaultListableBeanFactory().getBeanProvider(PlatformTransactionManager.class));

    @AfterEach
    void shutDown() throws Exception {
        scheduler.shutdown();
    }

    @Test
    void aTickWithNothingDueFiresNothing() throws Exception {
        tick.tick(scheduler);

        for (DueWork work : DueWork.values()) {
            assertThat(scheduler.getTriggersOfJob(work.job())).as(work.kind()).isEmpty();
            assertThat(registry.get("mentorbot.scheduler.backlog").tag("kind", work.kind()).gauge().value()).isZero();
        }
        assertThat(registry.get("mentorbot.scheduler.look").timer().count()).isEqualTo(1);
    }

    @Test
    void aDueCheckInFiresTheCheckInsJobOnceHoweverManyTicksPassWhileItWaits() throws Exception {
        Instant now = Conversation.MONDAY_MORNING;
        conversation.stores.pairings().create(new Pairing(new PairId("pair-1"), new ParticipantId("slack:UMENTOR"),
                new ParticipantId("slack:UMENTEE"), PairingStatus.ACTIVE, now.plusSeconds(60), 10, List.of(), Duration.ofDays(14),
                now.minusSeconds(1), now.plus(Duration.ofDays(30)), 0, false, null), 1);

        tick.tick(scheduler);
        tick.tick(scheduler);
        tick.tick(scheduler);

        assertThat(scheduler.getTriggersOfJob(DueWork.CHECK_INS.job())).hasSize(1);
        for (DueWork work : List.of(DueWork.FEEDBACK_POLLS, DueWork.JOURNEY_MILESTONES, DueWork.PLAYBOOK, DueWork.REQUEST_TIMEOUTS)) {
            assertThat(scheduler.getTriggersOfJob(work.job())).as(work.kind()).isEmpty();
        }
    }

    /** An in-process scheduler with the timetable registered, never started. */
    private static Scheduler ramScheduler() {
        try {
            Properties properties = new Properties();
            properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "tick-test-" + UUID.randomUUID());
            properties.setProperty("org.quartz.threadPool.threadCount", "1");
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            new Timetable(scheduler, new SchedulingProperties(Duration.ofSeconds(1), 1, "", "", ZoneId.of("UTC"), false))
                    .register(List.of());
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
