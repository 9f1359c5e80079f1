package org.mentorbot.app.scheduling;

import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
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
        for (DueWork work : DueWork.values()) {
            keep(DueWorkJob.of(work), tick(work.job()));
        }
        Optional<String> cron = settings.matchingSchedule();
        if (cron.isPresent()) {
            Trigger rounds = TriggerBuilder.newTrigger().withIdentity(triggerOf(MATCHING)).forJob(MATCHING)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron.get())
                            .inTimeZone(TimeZone.getTimeZone(settings.matchingZone()))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            keep(JobBuilder.newJob(MatchingJob.class).withIdentity(MATCHING).storeDurably().build(), rounds);
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

    /**
     * Stores the job as this version defines it (its class and data, replacing what an older
     * version stored under the same key) and its trigger when missing or changed. A trigger an
     * older node put in ERROR, because it could not load this version's job class while both
     * versions ran, is set going again.
     */
    private void keep(JobDetail job, Trigger wanted) throws SchedulerException {
        scheduler.addJob(job, true);
        Trigger current = scheduler.getTrigger(wanted.getKey());
        if (current == null) {
            scheduler.scheduleJob(wanted);
        } else if (!sameSchedule(current, wanted)) {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
        } else if (scheduler.getTriggerState(wanted.getKey()) == Trigger.TriggerState.ERROR) {
            scheduler.resetTriggerFromErrorState(wanted.getKey());
            log.warn("Trigger {} was in ERROR (a node could not load its job); set it going again", wanted.getKey());
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
