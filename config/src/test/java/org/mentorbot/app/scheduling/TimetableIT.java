package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * A clustered job store written by earlier versions is taken over in place: the version with a job
 * class per kind of due work ({@code CheckInJob}, {@code FeedbackJob}) and the one with a repeating
 * trigger per kind leave the same job keys, which now run {@link DueWorkJob} with their kind and have
 * no trigger of their own (the {@link TickJob} fires them when due), even the trigger an old node set
 * to ERROR; and a tick trigger that an old node set to ERROR, unable to load {@code TickJob} while
 * both versions ran, fires again.
 */
class TimetableIT {

    static final String OLD_JOBS = "org.mentorbot.app.scheduling.";

    final String schedulerName = "mbtest-" + UUID.randomUUID();
    final DataSource db = new DriverManagerDataSource(ScheduledRun.POSTGRES_URL, ScheduledRun.POSTGRES_USER, "");
    final SchedulerFactoryBean quartz = new SchedulerFactoryBean();

    @AfterEach
    void forget() throws Exception {
        quartz.destroy();
        ScheduledRun.forgetQuartzRows(schedulerName);
    }

    @Test
    void aStoreWrittenWithAJobAndATriggerPerKindIsTakenOverUnderTheSameKeys() throws Exception {
        Scheduler scheduler = clusteredScheduler();
        Timetable timetable = new Timetable(scheduler, settings());
        storeAsTheOldVersionsDid(scheduler);

        timetable.register(List.of());

        assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Timetable.GROUP)))
                .containsExactlyInAnyOrder(DueWork.CHECK_INS.job(), DueWork.FEEDBACK_POLLS.job(), DueWork.JOURNEY_MILESTONES.job(),
                        DueWork.PLAYBOOK.job(), DueWork.REQUEST_TIMEOUTS.job(), TickJob.KEY);
        for (DueWork work : DueWork.values()) {
            JobDetail job = scheduler.getJobDetail(work.job());
            assertThat(job.getJobClass()).isEqualTo(DueWorkJob.class);
            assertThat(job.getJobDataMap().getString(DueWorkJob.KIND)).isEqualTo(work.name());
            assertThat(scheduler.getTriggersOfJob(work.job())).as(work.name()).isEmpty();
        }
        assertThat(scheduler.getTriggerState(tickTrigger())).isEqualTo(Trigger.TriggerState.NORMAL);
    }

    @Test
    void aTickTriggerAnOldNodeSetToErrorFiresAgainAndAnotherRegistrationChangesNothing() throws Exception {
        Scheduler scheduler = clusteredScheduler();
        Timetable timetable = new Timetable(scheduler, settings());
        timetable.register(List.of());
        Date firstFire = scheduler.getTrigger(tickTrigger()).getStartTime();
        try (Connection connection = db.getConnection()) {
            update(connection, "UPDATE qrtz_triggers SET trigger_state = ? WHERE sched_name = ? AND trigger_name = ?",
                    "ERROR", schedulerName, TickJob.KEY.getName());
        }
        assertThat(scheduler.getTriggerState(tickTrigger())).isEqualTo(Trigger.TriggerState.ERROR);

        timetable.register(List.of());

        assertThat(scheduler.getTriggerState(tickTrigger())).isEqualTo(Trigger.TriggerState.NORMAL);
        assertThat(scheduler.getTrigger(tickTrigger()).getStartTime()).as("the same trigger, not a new one").isEqualTo(firstFire);
        assertThat(scheduler.getTriggersOfJob(TickJob.KEY)).hasSize(1);
    }

    /**
     * The rows as the old versions left them: a repeating trigger per kind (one in ERROR), no job data, and the
     * first version's own class names.
     */
    private void storeAsTheOldVersionsDid(Scheduler scheduler) throws Exception {
        for (DueWork work : DueWork.values()) {
            scheduler.addJob(JobBuilder.newJob(DueWorkJob.class).withIdentity(work.job()).storeDurably().build(), true);
            scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(work.job().getName(), Timetable.GROUP).forJob(work.job())
                    .startNow().withSchedule(SimpleScheduleBuilder.repeatSecondlyForever()).build());
        }
        try (Connection connection = db.getConnection()) {
            update(connection, "UPDATE qrtz_job_details SET job_class_name = ? WHERE sched_name = ? AND job_name = ?",
                    OLD_JOBS + "CheckInJob", schedulerName, DueWork.CHECK_INS.job().getName());
            update(connection, "UPDATE qrtz_job_details SET job_class_name = ? WHERE sched_name = ? AND job_name = ?",
                    OLD_JOBS + "FeedbackJob", schedulerName, DueWork.FEEDBACK_POLLS.job().getName());
            update(connection, "UPDATE qrtz_triggers SET trigger_state = ? WHERE sched_name = ? AND trigger_name = ?",
                    "ERROR", schedulerName, DueWork.FEEDBACK_POLLS.job().getName());
        }
        assertThat(scheduler.getTriggerState(TriggerKey.triggerKey(DueWork.FEEDBACK_POLLS.job().getName(), Timetable.GROUP)))
                .isEqualTo(Trigger.TriggerState.ERROR);
    }

    private static TriggerKey tickTrigger() {
        return TriggerKey.triggerKey(TickJob.KEY.getName(), Timetable.GROUP);
    }

    private static void update(Connection connection, String sql, String... values) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    /** A scheduler on the clustered JDBC store that is never started: the test only reads and writes its store. */
    private Scheduler clusteredScheduler() throws Exception {
        QuartzSchema.ensure(db);
        Properties properties = new Properties();
        properties.putAll(ClusteredJobStoreConfiguration.CLUSTER_DEFAULTS);
        quartz.setQuartzProperties(properties);
        quartz.setDataSource(db);
        quartz.setSchedulerName(schedulerName);
        quartz.setAutoStartup(false);
        quartz.afterPropertiesSet();
        return quartz.getObject();
    }

    private static SchedulingProperties settings() {
        return new SchedulingProperties(Duration.ofSeconds(1), 1, "", "", ZoneId.of("UTC"), false);
    }
}
