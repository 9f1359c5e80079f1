package org.mentorbot.app.scheduling;

import java.time.Clock;
import org.mentorbot.core.matching.MatchingFlow.RoundSummary;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.programs.ProgramSlug;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs an automatic matching round of the program named in the job's data, and introduces the new pairs. */
@DisallowConcurrentExecution
public class MatchingJob implements Job {

    static final String PROGRAM = "program";

    private static final Logger log = LoggerFactory.getLogger(MatchingJob.class);

    private final ProgramRegistry programs;
    private final Clock clock;

    public MatchingJob(ProgramRegistry programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    static JobDetail of(JobKey key, ProgramSlug program) {
        return JobBuilder.newJob(MatchingJob.class).withIdentity(key).usingJobData(PROGRAM, program.value()).storeDurably().build();
    }

    @Override
    public void execute(JobExecutionContext context) {
        String named = context.getMergedJobDataMap().getString(PROGRAM);
        ProgramSlug slug = named == null ? ProgramSlug.DEFAULT : new ProgramSlug(named);
        programs.find(slug).filter(p -> p.closedAt() == null).ifPresentOrElse(program -> {
            RoundSummary round = programs.runMatching(program, clock.instant());
            log.info("Matching round of {}: {} new pairs introduced, {} mentees waiting, optimal: {}, unreachable: {}",
                    slug, round.created().size(), round.waiting(), round.optimal(), round.unreachable());
        }, () -> log.info("Skipped the matching round of {}: the program is closed or gone", slug));
    }
}
