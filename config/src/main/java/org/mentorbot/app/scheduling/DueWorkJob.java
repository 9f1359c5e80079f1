package org.mentorbot.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.programs.Program;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the due work of one kind — the {@link DueWork} named in the job's data — with the
 * current instant, and logs what core did. One job per kind, so each kind runs on one node at a
 * time and a slow round of one kind does not hold up the others. It has no trigger of its own:
 * the {@link TickJob} fires it when the kind has something due.
 */
@DisallowConcurrentExecution
public class DueWorkJob implements Job {

    static final String KIND = "kind";

    private static final Logger log = LoggerFactory.getLogger(DueWorkJob.class);

    private final ProgramRegistry programs;
    private final Clock clock;
    private final DeliveryPool pool;
    private final TickMetrics metrics;

    public DueWorkJob(ProgramRegistry programs, Clock clock, DeliveryPool pool, TickMetrics metrics) {
        this.programs = programs;
        this.clock = clock;
        this.pool = pool;
        this.metrics = metrics;
    }

    /** The stored job for one kind of due work. */
    static JobDetail of(DueWork work) {
        return JobBuilder.newJob(DueWorkJob.class).withIdentity(work.job()).usingJobData(KIND, work.name())
                .storeDurably().build();
    }

    @Override
    public void execute(JobExecutionContext context) {
        DueWork work = DueWork.valueOf(context.getMergedJobDataMap().getString(KIND));
        long started = System.nanoTime();
        int left = 0;
        for (Program program : programs.all()) {
            Instant now = clock.instant();
            Optional<DueWork.Done> done = work.sendDue(programs.flows(program), now, program.end(), pool.executor());
            done.ifPresent(d -> log.info("{}: {}", program.slug(), d.line()));
            left += done.map(DueWork.Done::left).orElse(0) + stillDue(work, program, now);
        }
        metrics.ticked(work, Duration.ofNanos(System.nanoTime() - started), left);
    }

    /** What is still due after the round: past a round's most, for the next ticks (one count of the index; 0 for mentor requests). */
    private int stillDue(DueWork work, Program program, Instant now) {
        DueIndex index = work.due().pairingIndex();
        return index == null ? 0 : programs.stores(program.slug()).pairings().dueCount(index, now);
    }
}
