package org.mentorbot.app.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
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
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's standing orders to Quartz: look for due work every tick ({@link TickJob}, which
 * fires the job of each kind of due work that has something due), and run a matching round on the
 * cron schedule when one is set. There is no trigger per pair: the pairs' own schedules live in
 * program state, which every firing re-reads, so pausing, resuming or ending a pair needs no
 * trigger change, and a RAM job store rebuilt at start-up loses nothing.
 *
 * <p>Registering is idempotent and safe on every node of a cluster: a trigger is replaced only
 * when its settings changed (so restarts do not reset a shared job store), a matching trigger is
 * removed when the cron setting is gone, and the repeating trigger an earlier version gave each
 * kind of due work is removed (its job stays, under the same key, fired by the tick).
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

    /** Puts the standing orders for these programs into the job store, changing only what differs. */
    public void register(List<Program> programs) throws SchedulerException {
        for (DueWork work : DueWork.values()) {
            scheduler.addJob(DueWorkJob.of(work), true);
            if (scheduler.unscheduleJob(triggerOf(work.job()))) {
                log.info("Removed the repeating trigger of {}: the tick now fires it when something is due", work.job());
            }
        }
        keep(TickJob.job(), tick(TickJob.KEY));
        List<String> scheduled = new ArrayList<>();
        Set<JobKey> wanted = new HashSet<>();
        for (Program program : programs) {
            if (program.matching() == MatchingMode.SCHEDULED && program.closedAt() == null) {
                JobKey key = matchingJob(program.slug());
                keep(MatchingJob.of(key, program.slug()), rounds(key, program.matchingCron()));
                wanted.add(key);
                scheduled.add(program.slug() + " on '" + program.matchingCron() + "'");
            }
        }
        for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (existing.getName().startsWith(MATCHING.getName()) && !wanted.contains(existing)) {
                scheduler.deleteJob(existing);
                log.info("Removed the automatic matching rounds of {}: its program no longer has scheduled matching", existing.getName());
            }
        }
        log.info("Scheduler {}: due work looked for every {}; automatic matching {}",
                scheduler.getMetaData().isJobStoreClustered() ? "clustered on the JDBC job store" : "in process (RAM job store)",
                settings.tick(), scheduled.isEmpty() ? "off" : String.join(", ", scheduled) + " in " + settings.matchingZone());
    }

    /** The matching job of a program: {@code matching-rounds} for {@code default}, as before there were programs. */
    static JobKey matchingJob(ProgramSlug program) {
        return program.isDefault() ? MATCHING : JobKey.jobKey(MATCHING.getName() + "-" + program.value(), GROUP);
    }

    private Trigger rounds(JobKey job, String cron) {
        return TriggerBuilder.newTrigger().withIdentity(triggerOf(job)).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(TimeZone.getTimeZone(settings.matchingZone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
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
