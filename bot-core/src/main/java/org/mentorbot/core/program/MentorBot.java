package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.CommandParser;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.feedback.FeedbackReport;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.programs.MatchingMode;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.reports.ChartRenderer;

/**
 * The bot's front door: every {@link Inbound} from every platform comes here and is answered
 * by the flow it belongs to, in the program it is about. Admin rights are checked here, once,
 * for all platforms; a store outage becomes a "try again shortly" answer with nothing changed.
 */
public final class MentorBot {

    private final ProgramRegistry registry;
    private final Targets targets;
    private final Memberships memberships;
    private final ProgramAdministration administration;
    private final Clock clock;
    private final Copy copy;
    private final HelpText help;
    private final Journeys journeys;
    private final GuidanceCommands guidance;
    private final Confirmations confirmations;
    private final Reports reports;

    public MentorBot(ProgramRegistry registry, Clock clock, Copy copy) {
        this(registry, clock, copy, ChartRenderer.NONE);
    }

    /** A bot whose reports carry charts drawn by {@code charts}. */
    public MentorBot(ProgramRegistry registry, Clock clock, Copy copy, ChartRenderer charts) {
        this.registry = registry;
        this.targets = new Targets(registry, copy);
        this.memberships = new Memberships(registry, copy);
        this.administration = new ProgramAdministration(registry, targets, copy);
        this.clock = clock;
        this.copy = copy;
        this.help = new HelpText(copy);
        this.journeys = new Journeys(registry, memberships, targets, copy);
        this.guidance = new GuidanceCommands(registry, targets, memberships, copy);
        this.confirmations = new Confirmations(registry, memberships, copy);
        this.reports = new Reports(registry, targets, copy, charts);
    }

    /**
     * Answers one inbound; the reply goes back to the person where they asked. When a store
     * cannot serve it, the reply says that nothing was changed and to try again.
     */
    public Reply handle(Inbound inbound) {
        try {
            return handleOrFail(inbound);
        } catch (StoreUnavailableException outage) {
            return Reply.text(copy.text("error.storeDown"));
        }
    }

    /**
     * As {@link #handle}, but throws {@link StoreUnavailableException} when a store cannot serve
     * the inbound, for an adapter that must undo what it recorded of it (a press it marked seen)
     * before it tells the person.
     */
    public Reply handleOrFail(Inbound inbound) {
        return answer(inbound, clock.instant());
    }

    /**
     * Whether answering may take longer than a platform waits (see {@link Command#runsLong()}),
     * so the adapter should acknowledge first and answer later. An admin command from a
     * non-admin is a quick refusal and is answered at once.
     */
    public boolean runsLong(Inbound inbound) {
        Command command;
        if (inbound instanceof Inbound.CommandReceived c) {
            command = c.command();
        } else if (inbound instanceof Inbound.ButtonPressed b && b.actionId().equals(ActionIds.RUN_COMMAND)) {
            command = CommandParser.parse(b.value()).command();
        } else {
            return false;
        }
        return command.runsLong() && (!command.adminOnly() || isAdmin(inbound.actor()));
    }

    /**
     * The person left the organisation (a platform says their account was deactivated): recorded
     * as a leaver, with the date and their role, in every program they are in, once. Answers in how
     * many programs they were recorded now. Throws {@link StoreUnavailableException} when a store
     * cannot be reached; the platform's retry records the rest.
     */
    public int leftOrganisation(ParticipantId person) {
        return reports.leftOrganisation(person, clock.instant());
    }

    /** Whether the person administers the organisation's programs or at least one program. */
    public boolean isAdmin(Actor actor) {
        return registry.organisationAdmins().includes(actor.id())
                || registry.all().stream().anyMatch(p -> p.isAdmin(actor.id()));
    }

    private Reply answer(Inbound inbound, Instant now) {
        if (inbound instanceof Inbound.CommandReceived c) {
            return command(c.actor(), c.line(), now);
        } else if (inbound instanceof Inbound.ButtonPressed b) {
            return button(b.actor(), b.actionId(), b.value(), now);
        } else if (inbound instanceof Inbound.FormSubmitted f) {
            return form(f, now);
        }
        Reply welcome = help.welcome(inbound.actor().displayName());
        return registry.all().size() <= 1 ? welcome
                : Reply.builder().append(welcome).append(administration.list(inbound.actor(), memberships, now)).build();
    }

    private Reply command(Actor actor, CommandLine line, Instant now) {
        return switch (line.command()) {
            case HELP -> help.help(isAdmin(actor));
            case UNKNOWN -> help.unknown(line.arguments(), isAdmin(actor));
            case PROGRAMS -> administration.list(actor, memberships, now);
            case JOIN -> targets.joinable(actor, line, now, (p, flows) -> flows.enrollment().join(actor));
            case PROFILE -> memberships.profile(actor);
            case PAUSE -> memberships.pause(actor);
            case RESUME -> memberships.resume(actor, now);
            case LEAVE -> targets.member(actor, line, memberships.of(actor.id()), (p, flows) -> confirmations.askLeave(actor, p));
            case FEEDBACK -> memberships.feedback(actor, now);
            case EXPORT -> memberships.export(actor.id());
            case DELETE_ME -> confirmations.askDeleteMe(actor, now);
            case STATS -> administration.stats(actor, line);
            case FEEDBACK_REPORT -> targets.administered(actor, line, (p, flows) ->
                    new FeedbackReport(registry.stores(p.slug()).feedback(), copy, registry.anonymity())
                            .report(p.name(), p.slug().value()));
            case EXPORT_PROGRAM -> reports.export(actor, line);
            case REPORT -> reports.report(actor, line, now);
            case MATCH -> targets.administered(actor, line, (p, flows) -> p.matching() == MatchingMode.MENTEE_CHOICE
                    ? flows.choice().suggestAll(now) : flows.matching().describe(registry.runMatching(p, now)));
            case MATCH_PREVIEW -> targets.administered(actor, line, (p, flows) -> flows.matching().preview());
            case NUDGE -> targets.administered(actor, line, (p, flows) -> nudged(flows.checkIns().nudgeAll(now)));
            case POLL -> targets.administered(actor, line, (p, flows) -> polled(flows.feedback().pollAll(now)));
            case PROGRAM_NEW -> administration.newProgram(actor);
            case PROGRAM_EDIT -> targets.administered(actor, line, (p, flows) -> administration.edit(p));
            case PROGRAM_CLOSE -> targets.administered(actor, line, (p, flows) -> administration.close(p, now));
            case GOALS -> journeys.goals(actor, line);
            case LOG -> journeys.log(actor, line, now);
            case PROGRESS -> journeys.progress(actor, line);
            case RESOURCES -> guidance.resources(actor, line);
            case RESOURCE_ADD -> guidance.resourceForm(actor, line);
            case THANKS -> guidance.thanks(actor, line, now);
            case RECOGNITION -> guidance.recognition(actor, line);
            case RECOGNITION_ON -> guidance.optIn(actor, line, true);
            case RECOGNITION_OFF -> guidance.optIn(actor, line, false);
            case REMATCH -> targets.member(actor, line, memberships.of(actor.id()), (p, flows) -> flows.rematch().start(actor));
            case SURVEY -> targets.member(actor, line, memberships.of(actor.id()), (p, flows) -> flows.surveys().pending(actor));
            case SUGGESTIONS -> targets.member(actor, line, memberships.of(actor.id()), (p, flows) -> p.matching() == MatchingMode.MENTEE_CHOICE
                    ? flows.choice().suggestions(actor, now) : Reply.text(copy.text("choice.notChoiceProgram", p.name())));
        };
    }

    private Reply button(Actor actor, String actionId, String value, Instant now) {
        Program program = registry.find(ProgramSlug.ofScoped(value)).orElse(null);
        ProgramFlows flows = program == null ? null : registry.flows(program);
        return switch (actionId) {
            case ActionIds.CHECKIN_MET -> flows == null ? unknown()
                    : guidance.met(actor, flows, value, flows.checkIns().answer(actor, CheckInOutcome.MET, value, now), now);
            case ActionIds.CHECKIN_NOT_YET -> flows == null ? unknown() : flows.checkIns().answer(actor, CheckInOutcome.NOT_YET, value, now);
            case ActionIds.CHECKIN_NEED_HELP -> flows == null ? unknown() : flows.checkIns().answer(actor, CheckInOutcome.NEED_HELP, value, now);
            case ActionIds.FEEDBACK_OPEN -> value.isBlank() ? memberships.feedback(actor, now)
                    : flows == null ? unknown() : flows.feedback().open(actor, value, now);
            case ActionIds.PROFILE_EDIT -> memberships.editProfile(actor);
            case ActionIds.PAUSE -> memberships.pause(actor);
            case ActionIds.RESUME -> memberships.resume(actor, now);
            case ActionIds.RUN_COMMAND -> command(actor, CommandParser.parse(value), now);
            case ActionIds.LEAVE_CONFIRM -> confirmations.leave(actor, value, now);
            case ActionIds.DELETE_CONFIRM -> confirmations.deleteMe(actor, now);
            case ActionIds.CANCEL -> confirmations.cancelled();
            case ActionIds.GOALS_OPEN, ActionIds.MEETING_LOG_OPEN, ActionIds.REVIEW_OPEN -> journeys.button(actor, actionId, value, now);
            case ActionIds.THANKS_OPEN -> guidance.openThanks(actor, value);
            case ActionIds.THANKS_SHARE -> guidance.share(actor, value);
            case ActionIds.REMATCH -> flows == null ? unknown() : flows.rematch().open(actor, value, now);
            case ActionIds.CHOICE_REQUEST -> flows == null ? unknown() : flows.choice().request(actor, value, now);
            case ActionIds.CHOICE_ACCEPT -> flows == null ? unknown() : flows.choice().accept(actor, value, now);
            case ActionIds.CHOICE_DECLINE -> flows == null ? unknown() : flows.choice().decline(actor, value, now);
            case ActionIds.SURVEY_OPEN -> flows == null ? unknown() : flows.surveys().open(actor, value);
            default -> unknown();
        };
    }

    private Reply form(Inbound.FormSubmitted form, Instant now) {
        Optional<Program> program = registry.find(ProgramSlug.ofScoped(form.context()));
        return switch (form.formId()) {
            case ActionIds.FORM_JOIN -> program.map(p -> guidance.joined(p, form.actor(), memberships.membership(p, form.actor().id()).isPresent(),
                    memberships.submitJoin(form.actor(), p, form.values(), now))).orElseGet(this::unknown);
            case ActionIds.FORM_FEEDBACK -> program.map(p -> registry.flows(p).feedback().submit(form.actor(), form.context(), form.values(), now))
                    .orElseGet(this::unknown);
            case ActionIds.FORM_PROGRAM -> administration.submit(form.actor(), form.context(), form.values());
            case ActionIds.FORM_GOALS, ActionIds.FORM_MEETING, ActionIds.FORM_REVIEW ->
                    journeys.submit(form.actor(), form.formId(), form.context(), form.values(), now);
            case ActionIds.FORM_THANKS -> guidance.submitThanks(form, now);
            case ActionIds.FORM_RESOURCE -> guidance.submitResource(form);
            case ActionIds.FORM_REMATCH -> program.map(p -> registry.flows(p).rematch().submit(form.actor(), form.context(), form.values(), now))
                    .orElseGet(this::unknown);
            case ActionIds.FORM_SURVEY -> program.map(p -> registry.flows(p).surveys().submit(form.actor(), form.context(), form.values(), now))
                    .orElseGet(this::unknown);
            default -> unknown();
        };
    }

    private Reply unknown() {
        return Reply.text(copy.text("error.unknownAction"));
    }

    private Reply nudged(CheckInFlow.NudgeSummary summary) {
        return Reply.text(copy.text("nudge.done", summary.sent(), summary.failed()));
    }

    private Reply polled(FeedbackFlow.PollSummary summary) {
        return Reply.text(copy.text("poll.done", summary.sent(), summary.failed()));
    }
}
