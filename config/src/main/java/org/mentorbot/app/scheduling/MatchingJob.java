package org.mentorbot.app.scheduling;

import java.time.Clock;
import org.mentorbot.core.matching.MatchingFlow.RoundSummary;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramFlows;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs an automatic matching round (MENTORBOT_MATCHING_CRON) and introduces the new pairs. */
@DisallowConcurrentExecution
public class MatchingJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(MatchingJob.class);

    private final ProgramFlows program;
    private final Clock clock;

    public MatchingJob(ProgramFlows program, Clock clock) {
        this.program = program;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        RoundSummary round = program.matching().run(clock.instant());
        log.info("Matching round: {} new pairs introduced, {} mentees waiting, optimal: {}, unreachable: {}",
                round.created().size(), round.waiting(), round.optimal(), round.unreachable());
    }
}
