package org.mentorbot.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.JourneyFlow;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * {@code goals}, {@code log} and {@code progress} for whichever pairing they are about: the
 * person's only open pairing, or — for a mentor with several mentees, or a person in several
 * programs — each pairing's progress, and a button per pairing for the goals and the meeting log.
 * A program's slug after the command narrows it to that program.
 */
final class Journeys {

    private final ProgramRegistry registry;
    private final Memberships memberships;
    private final Targets targets;
    private final Copy copy;

    Journeys(ProgramRegistry registry, Memberships memberships, Targets targets, Copy copy) {
        this.registry = registry;
        this.memberships = memberships;
        this.targets = targets;
        this.copy = copy;
    }

    Reply goals(Actor actor, CommandLine line) {
        return one(actor, line, ActionIds.GOALS_OPEN, (program, pairing) -> journey(program).goals(actor, pairing));
    }

    Reply log(Actor actor, CommandLine line, Instant now) {
        return one(actor, line, ActionIds.MEETING_LOG_OPEN, (program, pairing) -> journey(program).log(actor, pairing, false, now));
    }

    Reply progress(Actor actor, CommandLine line) {
        Optional<List<Open>> open = openPairings(actor, line);
        if (open.isEmpty()) {
            return targets.unknown(line.arguments().get(0));
        }
        if (open.get().isEmpty()) {
            return Reply.text(copy.text("journey.noPairing"));
        }
        boolean severalPrograms = open.get().stream().map(Open::program).distinct().count() > 1;
        Reply.Builder reply = Reply.builder();
        for (Open each : open.get()) {
            reply.append(journey(each.program()).progress(actor, each.pairing(), each.program().end(),
                    severalPrograms ? each.program().name() : ""));
        }
        return reply.build();
    }

    Reply button(Actor actor, String actionId, String value, Instant now) {
        Optional<Program> program = registry.find(ProgramSlug.ofScoped(value));
        if (program.isEmpty()) {
            return Reply.text(copy.text("error.unknownAction"));
        }
        JourneyFlow journey = journey(program.get());
        return switch (actionId) {
            case ActionIds.GOALS_OPEN -> journey.openGoals(actor, value);
            case ActionIds.MEETING_LOG_OPEN -> journey.openLog(actor, value, now);
            default -> journey.openReview(actor, value);
        };
    }

    Reply submit(Actor actor, String formId, String context, Map<String, String> values, Instant now) {
        Optional<Program> program = registry.find(ProgramSlug.ofScoped(context));
        if (program.isEmpty()) {
            return Reply.text(copy.text("error.unknownAction"));
        }
        JourneyFlow journey = journey(program.get());
        return switch (formId) {
            case ActionIds.FORM_GOALS -> journey.submitGoals(actor, context, values, now);
            case ActionIds.FORM_MEETING -> journey.submitMeeting(actor, context, values, now);
            default -> journey.submitReview(actor, context, values, now);
        };
    }

    private interface Action {
        Reply apply(Program program, Pairing pairing);
    }

    /** The action on the only open pairing, else a button per pairing that opens the same. */
    private Reply one(Actor actor, CommandLine line, String actionId, Action action) {
        Optional<List<Open>> open = openPairings(actor, line);
        if (open.isEmpty()) {
            return targets.unknown(line.arguments().get(0));
        }
        if (open.get().isEmpty()) {
            return Reply.text(copy.text("journey.noPairing"));
        }
        if (open.get().size() == 1) {
            return action.apply(open.get().get(0).program(), open.get().get(0).pairing());
        }
        List<Button> buttons = open.get().stream().map(o -> Button.of(copy.text("journey.withPartner",
                registry.flows(o.program()).enrollment().nameOf(o.pairing().partnerOf(actor.id())), o.program().name()),
                actionId, o.pairing().id().value())).toList();
        return Reply.builder().text(copy.text("journey.which")).buttons(buttons).build();
    }

    /** The person's open pairings in every program they are in, or in the one named; empty when the name is no program. */
    private Optional<List<Open>> openPairings(Actor actor, CommandLine line) {
        List<Program> programs = memberships.of(actor.id());
        if (!line.arguments().isEmpty()) {
            Optional<Program> named = targets.find(line.arguments().get(0));
            if (named.isEmpty()) {
                return Optional.empty();
            }
            programs = programs.stream().filter(named.get()::equals).toList();
        }
        List<Open> open = new ArrayList<>();
        for (Program program : programs) {
            registry.flows(program).enrollment().openPairingsOf(actor.id()).forEach(p -> open.add(new Open(program, p)));
        }
        return Optional.of(open);
    }

    private JourneyFlow journey(Program program) {
        return registry.flows(program).journey();
    }

    private record Open(Program program, Pairing pairing) {
    }
}
