package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Instant;
import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.matching.MatchingFlow;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.privacy.PersonalDataFlow;

/**
 * The bot's front door: every {@link Inbound} from every platform comes here and is answered
 * by the flow it belongs to. Admin commands are checked here, once, for all platforms; a
 * store outage becomes a "try again shortly" answer with nothing changed.
 */
public final class MentorBot {

    private final Program program;
    private final Admins admins;
    private final Clock clock;
    private final Copy copy;
    private final HelpText help;

    public MentorBot(Program program, Admins admins, Clock clock, Copy copy) {
        this.program = program;
        this.admins = admins;
        this.clock = clock;
        this.copy = copy;
        this.help = new HelpText(copy);
    }

    /** Answers one inbound; the reply goes back to the person where they asked. */
    public Reply handle(Inbound inbound) {
        Instant now = clock.instant();
        try {
            return answer(inbound, now);
        } catch (StoreUnavailableException outage) {
            return Reply.text(copy.text("error.storeDown"));
        }
    }

    /**
     * Whether answering may take longer than a platform waits (see {@link Command#runsLong()}),
     * so the adapter should acknowledge first and answer later. An admin command from a
     * non-admin is a quick refusal and is answered at once.
     */
    public boolean runsLong(Inbound inbound) {
        if (!(inbound instanceof Inbound.CommandReceived c)) {
            return false;
        }
        Command command = c.command();
        return command.runsLong() && (!command.adminOnly() || isAdmin(c.actor()));
    }

    private Reply answer(Inbound inbound, Instant now) {
        if (inbound instanceof Inbound.CommandReceived c) {
            return command(c.actor(), c.command(), now);
        } else if (inbound instanceof Inbound.ButtonPressed b) {
            return button(b.actor(), b.actionId(), b.value(), now);
        } else if (inbound instanceof Inbound.FormSubmitted f) {
            return form(f, now);
        }
        return help.welcome(inbound.actor().displayName());
    }

    public boolean isAdmin(Actor actor) {
        return admins.includes(actor.id());
    }

    private Reply command(Actor actor, Command command, Instant now) {
        if (command.adminOnly() && !admins.includes(actor.id())) {
            return Reply.text(copy.text("admin.refused"));
        }
        return switch (command) {
            case HELP, UNKNOWN -> help.help(isAdmin(actor));
            case JOIN -> program.enrollment().join(actor);
            case PROFILE -> program.enrollment().profile(actor);
            case PAUSE -> program.enrollment().pause(actor);
            case RESUME -> program.enrollment().resume(actor, now);
            case LEAVE -> program.enrollment().leave(actor, now);
            case FEEDBACK -> program.feedback().feedbackNow(actor, now);
            case EXPORT -> program.personalData().export(actor.id());
            case DELETE_ME -> program.personalData().deleteMe(actor.id(), now);
            case STATS -> program.stats().report();
            case MATCH -> program.matching().describe(program.matching().run(now));
            case MATCH_PREVIEW -> program.matching().preview();
            case NUDGE -> nudged(program.checkIns().nudgeAll(now));
            case POLL -> polled(program.feedback().pollAll(now));
        };
    }

    private Reply button(Actor actor, String actionId, String value, Instant now) {
        return switch (actionId) {
            case ActionIds.CHECKIN_MET -> program.checkIns().answer(actor, CheckInOutcome.MET, value, now);
            case ActionIds.CHECKIN_NOT_YET -> program.checkIns().answer(actor, CheckInOutcome.NOT_YET, value, now);
            case ActionIds.CHECKIN_NEED_HELP -> program.checkIns().answer(actor, CheckInOutcome.NEED_HELP, value, now);
            case ActionIds.FEEDBACK_OPEN -> program.feedback().open(actor, value, now);
            case ActionIds.PROFILE_EDIT -> program.enrollment().join(actor);
            case ActionIds.PAUSE -> program.enrollment().pause(actor);
            case ActionIds.RESUME -> program.enrollment().resume(actor, now);
            default -> Reply.text(copy.text("error.unknownAction"));
        };
    }

    private Reply form(Inbound.FormSubmitted form, Instant now) {
        return switch (form.formId()) {
            case ActionIds.FORM_JOIN -> program.enrollment().submit(form.actor(), form.values(), now);
            case ActionIds.FORM_FEEDBACK -> program.feedback().submit(form.actor(), form.context(), form.values(), now);
            default -> Reply.text(copy.text("error.unknownAction"));
        };
    }

    private Reply nudged(CheckInFlow.NudgeSummary summary) {
        return Reply.text(copy.text("nudge.done", summary.sent(), summary.failed()));
    }

    private Reply polled(FeedbackFlow.PollSummary summary) {
        return Reply.text(copy.text("poll.done", summary.sent(), summary.failed()));
    }

    /** The flows of one program, wired to the same stores and messenger. */
    public record Program(EnrollmentFlow enrollment, PersonalDataFlow personalData, MatchingFlow matching,
                          CheckInFlow checkIns, FeedbackFlow feedback, StatsFlow stats) {
    }
}
