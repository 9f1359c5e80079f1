package org.mentorbot.app.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * A clustered job store written by the version with a job class per kind of due work
 * ({@code CheckInJob}, {@code FeedbackJob}) is taken over in place: the same job and trigger
 * keys now run {@link DueWorkJob} with their kind, and a trigger that an old node set to ERROR,
 * unable to load the new class while both versions ran, fires again.
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
    void aStoreWrittenWithAJobClassPerKindIsTakenOverUnderTheSameKeys() throws Exception {
        Scheduler scheduler = clusteredScheduler();
        Timetable timetable = new Timetable(scheduler, settings());
        timetable.register(java.util.List.of());
        storeAsTheOldVersionDid(scheduler);

        timetable.register(java.util.List.of());

        assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(Timetable.GROUP)))
                .containsExactlyInAnyOrder(DueWork.CHECK_INS.job(), DueWork.FEEDBACK_POLLS.job(), DueWork.JOURNEY_MILESTONES.job(),
                        DueWork.PLAYBOOK.job(),
                        DueWork.REQUEST_TIMEOUTS.job());
        for (DueWork work : DueWork.values()) {
            JobDetail job = scheduler.getJobDetail(work.job());
            assertThat(job.getJobClass()).isEqualTo(DueWorkJob.class);
            assertThat(job.getJobDataMap().getString(DueWorkJob.KIND)).isEqualTo(work.name());
            assertThat(scheduler.getTriggerState(TriggerKey.triggerKey(work.job().getName(), Timetable.GROUP)))
                    .as(work.name()).isEqualTo(Trigger.TriggerState.NORMAL);
        }
    }

    /** The rows as the old version left them: no job data, its own class names, and one trigger in ERROR. */
    private void storeAsTheOldVersionDid(Scheduler scheduler) throws Exception {
        for (DueWork work : DueWork.values()) {
            scheduler.addJob(JobBuilder.newJob(DueWorkJob.class).withIdentity(work.job()).storeDurably().build(), true);
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
