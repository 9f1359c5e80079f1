package org.mentorbot.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.admin.ProgramStats;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackFlow;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramForm;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramsFlow;

/**
 * Running the programs themselves: the list everyone sees, the numbers admins ask for (one
 * program, or all of them with a line each), and creating, editing and closing programs.
 */
final class ProgramAdministration {

    private final ProgramRegistry registry;
    private final Targets targets;
    private final ProgramsFlow programs;
    private final Copy copy;

    ProgramAdministration(ProgramRegistry registry, Targets targets, Copy copy) {
        this.registry = registry;
        this.targets = targets;
        this.programs = new ProgramsFlow(registry.store(), copy);
        this.copy = copy;
    }

    Reply list(Actor actor, Memberships memberships, Instant now) {
        return programs.list(p -> memberships.roleIn(p, actor.id()), now);
    }

    /**
     * {@code stats [slug]}: one program's numbers; without a slug, the only program the person
     * runs, or for several, the totals and a line per program.
     */
    Reply stats(Actor actor, CommandLine line) {
        if (!line.arguments().isEmpty()) {
            return targets.administered(actor, line, (p, flows) -> report(flows));
        }
        List<Program> theirs = targets.administeredBy(actor);
        if (theirs.size() <= 1) {
            return targets.administered(actor, line, (p, flows) -> report(flows));
        }
        ProgramStats total = ProgramStats.NONE;
        JourneyStats journeys = JourneyStats.NONE;
        int thanks = 0;
        List<String> lines = new ArrayList<>();
        for (Program program : theirs) {
            ProgramStats s = registry.flows(program).stats().stats();
            thanks += registry.flows(program).recognition().thanksSent();
            total = total.plus(s, registry.anonymity());
            journeys = journeys.plus(registry.flows(program).journey().stats());
            lines.add(copy.text("stats.programLine", program.name(), program.slug().value(), s.mentors(), s.mentees(),
                    s.activePairs(), s.menteesWaiting()));
        }
        ProgramFlows first = registry.flows(theirs.get(0));
        return first.stats().report(total, copy.text("stats.totalTitle", theirs.size()), fields(first, journeys, thanks), lines);
    }

    /** One program's numbers, its pairs' journeys and the thanks partners sent each other included. */
    private Reply report(ProgramFlows flows) {
        return flows.stats().report(flows.stats().stats(), copy.text("stats.title"),
                fields(flows, flows.journey().stats(), flows.recognition().thanksSent()), List.of());
    }

    private List<Block.Field> fields(ProgramFlows flows, JourneyStats journeys, int thanksSent) {
        List<Block.Field> fields = new ArrayList<>(flows.journey().statsFields(journeys));
        fields.add(new Block.Field(copy.text("stats.thanksSent"), String.valueOf(thanksSent)));
        return fields;
    }

    Reply newProgram(Actor actor) {
        return registry.organisationAdmins().includes(actor.id()) ? programs.form(Optional.empty()) : targets.refused();
    }

    Reply edit(Program program) {
        return programs.form(Optional.of(program));
    }

    /** A submitted program form: a new program (organisation admins) or an edit (the program's admins too). */
    Reply submit(Actor actor, String context, Map<String, String> values) {
        Optional<Program> existing = ProgramSlug.parse(context).flatMap(registry::find);
        if (context.isBlank() ? !registry.organisationAdmins().includes(actor.id())
                : existing.isEmpty() || !registry.administers(actor.id(), existing.get())) {
            return existing.isEmpty() && !context.isBlank() ? targets.unknown(context) : targets.refused();
        }
        Reply answer = programs.submit(existing, values);
        if (!answer.isFormRejection()) {
            ProgramSlug saved = existing.map(Program::slug)
                    .orElseGet(() -> ProgramSlug.parse(values.getOrDefault(ProgramForm.SLUG, "")).orElseThrow());
            registry.find(saved).ifPresent(registry::changed);
        }
        return answer;
    }

    /**
     * Closes the program: no more joins or nudges; every open pair gets the closing feedback poll,
     * the end survey (once per person, as ever) and a thank-you. Nothing is deleted.
     */
    Reply close(Program program, Instant now) {
        Optional<Program> closed = programs.close(program.slug(), now);
        if (closed.isEmpty()) {
            return Reply.text(copy.text("programs.alreadyClosed", program.name()));
        }
        ProgramFlows flows = registry.flows(closed.get());
        FeedbackFlow.PollSummary polled = flows.feedback().pollAll(now);
        int surveyed = flows.surveys().closing(now);
        List<Pairing> open = registry.stores(program.slug()).pairings().open();
        for (Pairing pairing : open) {
            flows.enrollment().notify(pairing.members(), Reply.text(copy.text("programs.closedThanks", program.name())),
                    Message.Kind.NOTICE);
        }
        flows.recognition().programClosed();
        return Reply.text(copy.text("programs.closed", program.name(), polled.sent(), open.size(), surveyed));
    }
}
