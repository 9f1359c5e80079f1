package org.mentorbot.app.scheduling;

import java.time.Clock;
import org.mentorbot.core.checkin.CheckInFlow.NudgeSummary;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramFlows;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the check-in nudges that are due now; core decides which, and claims each so it goes out once. */
@DisallowConcurrentExecution
public class CheckInJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CheckInJob.class);

    private final ProgramFlows program;
    private final Clock clock;
    private final DeliveryPool pool;
    private final SchedulingProperties settings;

    public CheckInJob(ProgramFlows program, Clock clock, DeliveryPool pool, SchedulingProperties settings) {
        this.program = program;
        this.clock = clock;
        this.pool = pool;
        this.settings = settings;
    }

    @Override
    public void execute(JobExecutionContext context) {
        NudgeSummary summary = program.checkIns().sendDue(clock.instant(), settings.programEnd(), pool.executor());
        if (!summary.equals(NudgeSummary.NONE)) {
            log.info("Check-in nudges: {} sent, {} deferred to working hours, {} failed (will retry), unreachable: {}",
                    summary.sent(), summary.deferred(), summary.failed(), summary.unreachable());
        }
    }
}
