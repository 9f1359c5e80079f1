package org.mentorbot.app.scheduling;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.mentorbot.core.checkin.CheckInFlow.NudgeSummary;
import org.mentorbot.core.feedback.FeedbackFlow.PollSummary;
import org.mentorbot.core.guidance.PlaybookFlow.PlaybookSummary;
import org.mentorbot.core.journey.Milestones;
import org.mentorbot.core.program.DueKind;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.schedule.ProgramEnd;
import org.quartz.JobKey;

/**
 * The kinds of due work every tick looks for: check-in nudges, feedback polls, the pairs' journey milestones,
 * playbook steps and lapsed mentor requests, each run by its own job when the tick finds some due. Each is one
 * call into core, which decides what is due and claims each item so that it goes out once,
 * and a line for the log about what that call did (none when it did nothing).
 */
enum DueWork {

    CHECK_INS("check-ins", DueKind.CHECK_IN) {
        @Override
        Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool) {
            NudgeSummary summary = program.checkIns().sendDue(now, end, pool);
            return summary.equals(NudgeSummary.NONE) ? Optional.empty() : Optional.of(new Done(summary.deferred() + summary.failed(),
                    String.format("Check-in nudges: %d sent, %d deferred to working hours, %d failed (will retry), unreachable: %s",
                    summary.sent(), summary.deferred(), summary.failed(), summary.unreachable())));
        }
    },

    FEEDBACK_POLLS("feedback-polls", DueKind.FEEDBACK) {
        @Override
        Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool) {
            PollSummary summary = program.feedback().sendDue(now, end, pool);
            return summary.sent() + summary.failed() == 0 ? Optional.empty() : Optional.of(new Done(summary.failed(), String.format(
                    "Feedback polls: %d sent, %d failed (will retry)", summary.sent(), summary.failed())));
        }
    },

    JOURNEY_MILESTONES("journey-milestones", DueKind.MILESTONE) {
        @Override
        Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool) {
            Milestones.Summary summary = program.journey().sendDue(now, end, pool);
            return summary.isNone() ? Optional.empty() : Optional.of(new Done(summary.failed(), String.format(
                    "Journey milestones: %d prompts sent, %d pairs planned or deferred, %d failed (will retry), %d not-started flags",
                    summary.sent(), summary.planned(), summary.failed(), summary.flagged())));
        }
    },

    PLAYBOOK("playbook", DueKind.PLAYBOOK) {
        @Override
        Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool) {
            PlaybookSummary summary = program.playbook().sendDue(now, end, pool);
            return summary.equals(PlaybookSummary.NONE) ? Optional.empty() : Optional.of(new Done(summary.failed(), String.format(
                    "Playbook steps: %d sent, %d failed (will retry)", summary.sent(), summary.failed())));
        }
    },

    /** Mentor requests in mentee-choice programs that nobody answered within the program's requestTimeout. */
    REQUEST_TIMEOUTS("request-timeouts", DueKind.MENTOR_REQUEST) {
        @Override
        Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool) {
            int expired = program.choice().expireDue(now).expired();
            return expired == 0 ? Optional.empty() : Optional.of(new Done(0, String.format(
                    "Mentor requests: %d lapsed; their mentees got fresh suggestions", expired)));
        }
    };

    private final JobKey job;
    private final String kind;
    private final DueKind due;

    DueWork(String jobName, DueKind due) {
        this.job = JobKey.jobKey(jobName, Timetable.GROUP);
        this.kind = jobName;
        this.due = due;
    }

    /** The kind of due entry, in core's indexes, that calls for this work. */
    DueKind due() {
        return due;
    }

    /** The kind's name in metrics and logs: {@code check-ins}, {@code feedback-polls}, … */
    String kind() {
        return kind;
    }

    /**
     * What one program's round of this work did: {@code left}, the items it found due but could not send
     * yet (deferred to working hours, or failed and due again), and the line for the log.
     */
    record Done(int left, String line) {
    }

    /** The job that runs this work; its name is the identity in a clustered job store, so keep it across versions. */
    JobKey job() {
        return job;
    }

    /** Sends what is due at {@code now}; answers what was done, for the log. */
    abstract Optional<Done> sendDue(ProgramFlows program, Instant now, ProgramEnd end, Executor pool);
}
