package org.mentorbot.app.scheduling;

import java.time.Clock;
import org.mentorbot.core.feedback.FeedbackFlow.PollSummary;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramFlows;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the feedback polls that are due now, including the last one when the program ends. */
@DisallowConcurrentExecution
public class FeedbackJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(FeedbackJob.class);

    private final ProgramFlows program;
    private final Clock clock;
    private final DeliveryPool pool;
    private final SchedulingProperties settings;

    public FeedbackJob(ProgramFlows program, Clock clock, DeliveryPool pool, SchedulingProperties settings) {
        this.program = program;
        this.clock = clock;
        this.pool = pool;
        this.settings = settings;
    }

    @Override
    public void execute(JobExecutionContext context) {
        PollSummary summary = program.feedback().sendDue(clock.instant(), settings.programEnd(), pool.executor());
        if (summary.sent() + summary.failed() > 0) {
            log.info("Feedback polls: {} sent, {} failed (will retry)", summary.sent(), summary.failed());
        }
    }
}
