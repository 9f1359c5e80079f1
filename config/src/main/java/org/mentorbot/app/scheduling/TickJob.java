package org.mentorbot.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.mentorbot.core.program.DueKind;
import org.mentorbot.core.program.DueWatch;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler's tick: one look over every program's due-time indexes ({@link DueWatch}), then each kind of due
 * work with something to send has its {@link DueWorkJob} fired at once, unless a firing of that job is already
 * waiting or running (it will find the work, or the next tick fires it again). A tick with nothing due fires
 * nothing and costs one store round trip. Ticks run one at a time across a cluster; each kind keeps its own job,
 * so a slow round of one kind does not hold up the others.
 */
@DisallowConcurrentExecution
public class TickJob implements Job {

    static final JobKey KEY = JobKey.jobKey("due-work-tick", Timetable.GROUP);

    private final DueWatch watch;
    private final Clock clock;
    private final TickMetrics metrics;
    private final PlatformTransactionManager transactions;

    public TickJob(DueWatch watch, Clock clock, TickMetrics metrics, ObjectProvider<PlatformTransactionManager> transactions) {
        this.watch = watch;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = transactions.getIfAvailable();
    }

    static JobDetail job() {
        return JobBuilder.newJob(TickJob.class).withIdentity(KEY).storeDurably().build();
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        tick(context.getScheduler());
    }

    void tick(Scheduler scheduler) throws JobExecutionException {
        long started = System.nanoTime();
        Set<DueKind> due = watch.dueAt(clock.instant());
        for (DueWork work : DueWork.values()) {
            if (!due.contains(work.due())) {
                metrics.nothingDue(work);
            }
        }
        if (!due.isEmpty()) {
            fire(scheduler, due);
        }
        metrics.looked(Duration.ofNanos(System.nanoTime() - started));
    }

    /** Fires the job of each kind that is due and has no firing waiting or running, in one job store transaction. */
    private void fire(Scheduler scheduler, Set<DueKind> due) throws JobExecutionException {
        SchedulerException[] failed = {null};
        Runnable firing = () -> {
            try {
                for (DueWork work : DueWork.values()) {
                    if (due.contains(work.due()) && scheduler.getTriggersOfJob(work.job()).isEmpty()) {
                        scheduler.triggerJob(work.job());
                    }
                }
            } catch (SchedulerException e) {
                failed[0] = e;
            }
        };
        if (transactions == null) {
            firing.run();
        } else {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                firing.run();
                if (failed[0] != null) {
                    status.setRollbackOnly();
                }
            });
        }
        if (failed[0] != null) {
            throw new JobExecutionException("Could not fire the due work " + due + ": " + failed[0].getMessage(), failed[0]);
        }
    }
}
