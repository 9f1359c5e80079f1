package org.mentorbot.app.scheduling;

import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's standing orders to Quartz: look for due nudges and due polls every tick, and
 * run a matching round on the cron schedule when one is set. There is no trigger per pair: the
 * pairs' own schedules live in program state, which every firing re-reads, so pausing, resuming
 * or ending a pair needs no trigger change, and a RAM job store rebuilt at start-up loses nothing.
 *
 * <p>Registering is idempotent and safe on every node of a cluster: a trigger is replaced only
 * when its settings changed (so restarts do not reset a shared job store), and a matching
 * trigger is removed when the cron setting is gone.
 */
public final class Timetable {

    static final String GROUP = "mentorbot";
    static final JobKey CHECK_INS = JobKey.jobKey("check-ins", GROUP);
    static final JobKey FEEDBACK = JobKey.jobKey("feedback-polls", GROUP);
    static final JobKey MATCHING = JobKey.jobKey("matching-rounds", GROUP);

    private static final Logger log = LoggerFactory.getLogger(Timetable.class);

    private final Scheduler scheduler;
    private final SchedulingProperties settings;

    public Timetable(Scheduler scheduler, SchedulingProperties settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** Puts the standing orders into the job store, changing only what differs from the settings. */
    public void register() throws SchedulerException {
        keep(CHECK_INS, CheckInJob.class, tick(CHECK_INS));
        keep(FEEDBACK, FeedbackJob.class, tick(FEEDBACK));
        Optional<String> cron = settings.matchingSchedule();
        if (cron.isPresent()) {
            keep(MATCHING, MatchingJob.class, TriggerBuilder.newTrigger().withIdentity(triggerOf(MATCHING)).forJob(MATCHING)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron.get())
                            .inTimeZone(TimeZone.getTimeZone(settings.matchingZone()))
                            .withMisfireHandlingInstructionDoNothing())
                    .build());
        } else if (scheduler.checkExists(MATCHING)) {
            scheduler.deleteJob(MATCHING);
            log.info("Automatic matching rounds are off (MENTORBOT_MATCHING_CRON is not set); removed the old schedule");
        }
        log.info("Scheduler {}: due nudges and polls checked every {}; automatic matching {}",
                scheduler.getMetaData().isJobStoreClustered() ? "clustered on the JDBC job store" : "in process (RAM job store)",
                settings.tick(), cron.map(c -> "on '" + c + "' in " + settings.matchingZone()).orElse("off"));
    }

    private Trigger tick(JobKey job) {
        return TriggerBuilder.newTrigger().withIdentity(triggerOf(job)).forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.tick().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    private void keep(JobKey key, Class<? extends Job> type, Trigger wanted) throws SchedulerException {
        scheduler.addJob(JobBuilder.newJob(type).withIdentity(key).storeDurably().build(), true);
        Trigger current = scheduler.getTrigger(wanted.getKey());
        if (current == null) {
            scheduler.scheduleJob(wanted);
        } else if (!sameSchedule(current, wanted)) {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
        }
    }

    private static boolean sameSchedule(Trigger current, Trigger wanted) {
        if (current instanceof SimpleTrigger a && wanted instanceof SimpleTrigger b) {
            return a.getRepeatInterval() == b.getRepeatInterval();
        }
        if (current instanceof CronTrigger a && wanted instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().equals(b.getTimeZone());
        }
        return false;
    }

    private static TriggerKey triggerOf(JobKey job) {
        return TriggerKey.triggerKey(job.getName(), GROUP);
    }
}
