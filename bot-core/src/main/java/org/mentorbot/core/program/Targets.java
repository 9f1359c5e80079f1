package org.mentorbot.core.program;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * Which program a command is about: the one it names, else the only one it can be about, else
 * a question with a button per program. A name that is no program is answered with the list
 * of programs; an admin command on a program the person does not run is refused.
 */
final class Targets {

    /** What a command does once its program is known. */
    @FunctionalInterface
    interface Action extends BiFunction<Program, ProgramFlows, Reply> {
    }

    private static final int MAX_CHOICES = 20;

    private final ProgramRegistry registry;
    private final Copy copy;

    Targets(ProgramRegistry registry, Copy copy) {
        this.registry = registry;
        this.copy = copy;
    }

    /** A program the person can join now: the one named (if it takes people), or the only open one. */
    Reply joinable(Actor actor, CommandLine line, Instant now, Action action) {
        Optional<String> named = named(line);
        if (named.isPresent()) {
            return find(named.get()).map(p -> p.acceptsJoins(now) ? act(p, action)
                    : Reply.text(copy.text("programs.closedForJoining", p.name()))).orElseGet(() -> unknown(named.get()));
        }
        List<Program> open = registry.all().stream().filter(p -> p.acceptsJoins(now)).toList();
        return choose(line.command(), open, action, "programs.noneOpen");
    }

    /** A program the person is in: the one named, or the only one. */
    Reply member(Actor actor, CommandLine line, List<Program> theirs, Action action) {
        Optional<String> named = named(line);
        if (named.isPresent()) {
            return find(named.get()).map(p -> theirs.contains(p) ? act(p, action)
                    : Reply.text(copy.text("programs.notInIt", p.name()))).orElseGet(() -> unknown(named.get()));
        }
        return choose(line.command(), theirs, action, "notEnrolled");
    }

    /** A program the person administers: the one named, or the only one. */
    Reply administered(Actor actor, CommandLine line, Action action) {
        Optional<String> named = named(line);
        if (named.isPresent()) {
            return find(named.get()).map(p -> registry.administers(actor.id(), p) ? act(p, action) : refused())
                    .orElseGet(() -> unknown(named.get()));
        }
        List<Program> theirs = administeredBy(actor);
        return theirs.isEmpty() ? refused() : choose(line.command(), theirs, action, "admin.refused");
    }

    List<Program> administeredBy(Actor actor) {
        return registry.all().stream().filter(p -> registry.administers(actor.id(), p)).toList();
    }

    Reply refused() {
        return Reply.text(copy.text("admin.refused"));
    }

    Reply unknown(String name) {
        String known = registry.all().stream().map(p -> p.slug().value() + " (" + p.name() + ")").collect(Collectors.joining(", "));
        return Reply.text(copy.text("programs.unknown", name, known));
    }

    Optional<Program> find(String slug) {
        return ProgramSlug.parse(slug).flatMap(registry::find);
    }

    private Reply choose(Command command, List<Program> candidates, Action action, String noneKey) {
        if (candidates.size() == 1) {
            return act(candidates.get(0), action);
        }
        if (candidates.isEmpty()) {
            return Reply.text(copy.text(noneKey));
        }
        String words = command.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<Button> buttons = candidates.stream().limit(MAX_CHOICES)
                .map(p -> Button.of(p.name(), ActionIds.RUN_COMMAND, words + " " + p.slug().value())).toList();
        return Reply.builder().text(copy.text("programs.which", words)).buttons(buttons).build();
    }

    private Reply act(Program program, Action action) {
        return action.apply(program, registry.flows(program));
    }

    private static Optional<String> named(CommandLine line) {
        return line.arguments().stream().findFirst();
    }
}
