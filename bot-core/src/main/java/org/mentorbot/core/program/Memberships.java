package org.mentorbot.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * A person across the programs they are in. Their profile is theirs everywhere: editing it in
 * one program updates it in the others, while role, capacity and cadence belong to each
 * membership. Pausing pauses them everywhere; export and erasure cover every program.
 */
final class Memberships {

    private final ProgramRegistry registry;
    private final Copy copy;

    Memberships(ProgramRegistry registry, Copy copy) {
        this.registry = registry;
        this.copy = copy;
    }

    /** The programs the person is in (paused included, left excluded). */
    List<Program> of(ParticipantId person) {
        return registry.all().stream().filter(p -> membership(p, person).isPresent()).toList();
    }

    Optional<Participant> membership(Program program, ParticipantId person) {
        return registry.stores(program.slug()).participants().find(person).filter(m -> m.status() != ParticipantStatus.LEFT);
    }

    /** The person's role in the program, in words, when they are in it. */
    Optional<String> roleIn(Program program, ParticipantId person) {
        return membership(program, person).map(m -> copy.text("role." + m.profile().role().wireName()));
    }

    Reply profile(Actor actor) {
        List<Program> theirs = of(actor.id());
        if (theirs.size() <= 1) {
            return flows(theirs).enrollment().profile(actor);
        }
        Reply first = registry.flows(theirs.get(0)).enrollment().profile(actor);
        Reply.Builder reply = Reply.builder().append(first);
        for (Program program : theirs) {
            reply.text(summary(program, actor.id()));
        }
        return reply.build();
    }

    Reply editProfile(Actor actor) {
        return flows(of(actor.id())).enrollment().join(actor);
    }

    Reply pause(Actor actor) {
        return everywhere(actor, flows -> flows.enrollment().pause(actor));
    }

    Reply resume(Actor actor, Instant now) {
        return everywhere(actor, flows -> flows.enrollment().resume(actor, now));
    }

    /** The feedback form for the person's most recent open pairing, in whichever program it is. */
    Reply feedback(Actor actor, Instant now) {
        Optional<Program> latest = of(actor.id()).stream()
                .flatMap(p -> registry.flows(p).enrollment().openPairingsOf(actor.id()).stream().map(pairing -> Map.entry(pairing, p)))
                .max(Comparator.comparing((Map.Entry<Pairing, Program> e) -> e.getKey().startedAt()))
                .map(Map.Entry::getValue);
        return latest.map(registry::flows).orElseGet(() -> flows(of(actor.id()))).feedback().feedbackNow(actor, now);
    }

    /** Reads a submitted enrollment form into the program, then shares the person's details with their other programs. */
    Reply submitJoin(Actor actor, Program program, Map<String, String> values, Instant now) {
        if (membership(program, actor.id()).isEmpty() && !program.acceptsJoins(now)) {
            return Reply.text(copy.text("programs.closedForJoining", program.name()));
        }
        Reply answer = registry.flows(program).enrollment().submit(actor, values, now);
        if (!answer.isFormRejection()) {
            membership(program, actor.id()).ifPresent(saved -> shareProfile(saved, program));
        }
        return answer;
    }

    /** Everything held about the person: one program's export as before, several as one file by program. */
    Reply export(ParticipantId person) {
        Map<String, Map<String, Object>> byProgram = new LinkedHashMap<>();
        for (Program program : registry.all()) {
            registry.flows(program).personalData().data(person).ifPresent(d -> byProgram.put(program.slug().value(), d));
        }
        return flows(List.of()).personalData().export(person, byProgram);
    }

    /** Whether a platform address of the person is stored, though no program may hold anything else about them. */
    boolean hasAddress(ParticipantId person) {
        return flows(List.of()).personalData().hasAddress(person);
    }

    /** Erases the person from every program. */
    Reply deleteMe(ParticipantId person, Instant now) {
        List<Reply> answers = new ArrayList<>();
        for (Program program : registry.all()) {
            ProgramFlows flows = registry.flows(program);
            if (flows.personalData().data(person).isPresent()) {
                answers.add(flows.personalData().deleteMe(person, now));
            }
        }
        return answers.isEmpty() ? flows(List.of()).personalData().deleteMe(person, now) : answers.get(0);
    }

    private void shareProfile(Participant saved, Program where) {
        for (Program other : of(saved.id())) {
            if (!other.equals(where)) {
                var participants = registry.stores(other.slug()).participants();
                membership(other, saved.id()).ifPresent(m -> participants.save(m.withProfile(m.profile().withPersonFrom(saved.profile()))));
            }
        }
    }

    private String summary(Program program, ParticipantId person) {
        Participant me = membership(program, person).orElseThrow();
        List<String> partners = registry.flows(program).enrollment().openPairingsOf(person).stream()
                .map(p -> registry.flows(program).enrollment().nameOf(p.partnerOf(person))).toList();
        String role = copy.text("role." + me.profile().role().wireName());
        return partners.isEmpty() ? copy.text("profile.inProgram", program.name(), role)
                : copy.text("profile.inProgramPaired", program.name(), role, String.join(", ", partners));
    }

    private Reply everywhere(Actor actor, Function<ProgramFlows, Reply> action) {
        List<Program> theirs = of(actor.id());
        if (theirs.size() <= 1) {
            return action.apply(flows(theirs));
        }
        Reply first = null;
        for (Program program : theirs) {
            Reply answer = action.apply(registry.flows(program));
            first = first == null ? answer : first;
        }
        return first;
    }

    /** The flows of the only program among {@code programs}, else of the default program, else of the first. */
    private ProgramFlows flows(List<Program> programs) {
        if (programs.size() == 1) {
            return registry.flows(programs.get(0));
        }
        return registry.flows(registry.find(ProgramSlug.DEFAULT).orElseGet(() -> registry.all().get(0)));
    }
}
