package org.mentorbot.core.program;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingFlow.RoundSummary;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.CachedPrograms;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramKind;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/**
 * The programs the organisation runs, each with its flows wired to its own stores, rhythm,
 * matching weights and admins. Flows are built the first time a program is used and built
 * again when its settings change, so a program created or edited in chat works at once. The
 * definitions are kept between requests and re-read only when the store's version moves (see
 * {@link CachedPrograms}), so answering a person costs one small read, not every program.
 */
public final class ProgramRegistry {

    /** Where each program keeps its state: one set of stores per program, all of one technology. */
    @FunctionalInterface
    public interface StoreSpace {
        Stores of(ProgramSlug program);
    }

    private final ProgramStore programs;
    private final StoreSpace space;
    private final Messenger platforms;
    private final Admins organisationAdmins;
    private final Clock clock;
    private final IdGenerator ids;
    private final Copy copy;
    private final Anonymity anonymity;
    private final Map<ProgramSlug, Built> built = new ConcurrentHashMap<>();
    private final List<Consumer<Program>> listeners = new CopyOnWriteArrayList<>();
    private final List<RoundListener> rounds = new CopyOnWriteArrayList<>();

    /** Told of every matching round, with how long it took (for the operators' metrics). */
    @FunctionalInterface
    public interface RoundListener {
        void roundRan(ProgramSlug program, RoundSummary round, Duration took);
    }

    public ProgramRegistry(ProgramStore programs, StoreSpace space, Messenger platforms, Admins organisationAdmins,
                           Clock clock, IdGenerator ids, Copy copy) {
        this(programs, space, platforms, organisationAdmins, clock, ids, copy, Anonymity.DEFAULT);
    }

    public ProgramRegistry(ProgramStore programs, StoreSpace space, Messenger platforms, Admins organisationAdmins,
                           Clock clock, IdGenerator ids, Copy copy, Anonymity anonymity) {
        this.anonymity = anonymity;
        this.programs = programs instanceof CachedPrograms cached ? cached : new CachedPrograms(programs);
        this.space = space;
        this.platforms = platforms;
        this.organisationAdmins = organisationAdmins;
        this.clock = clock;
        this.ids = ids;
        this.copy = copy;
    }

    /** Every program, by slug. */
    public List<Program> all() {
        return programs.all();
    }

    public Optional<Program> find(ProgramSlug slug) {
        return programs.find(slug);
    }

    public ProgramStore store() {
        return programs;
    }

    /** The program's state. */
    public Stores stores(ProgramSlug slug) {
        return space.of(slug);
    }

    /** The flows of the program as it is defined now. */
    public ProgramFlows flows(Program program) {
        boolean[] assembled = {false};
        ProgramFlows flows = built.compute(program.slug(), (slug, old) -> {
            if (old != null && old.program().equals(program)) {
                return old;
            }
            assembled[0] = true;
            return new Built(program, assemble(program));
        }).flows();
        if (assembled[0]) {
            flows.playbook().replanIfChanged();
        }
        return flows;
    }

    /** The fewest answers any aggregate in any program's reports is drawn from. */
    public Anonymity anonymity() {
        return anonymity;
    }

    public Admins organisationAdmins() {
        return organisationAdmins;
    }

    /** Calls {@code listener} after an admin created, edited or closed a program (the scheduler re-reads its rounds). */
    public void onChange(Consumer<Program> listener) {
        listeners.add(listener);
    }

    void changed(Program program) {
        listeners.forEach(l -> l.accept(program));
    }

    /** Calls {@code listener} after every matching round run through {@link #runMatching}. */
    public void onRound(RoundListener listener) {
        rounds.add(listener);
    }

    /** Runs a matching round of the program and introduces the new pairs, whether an admin or the schedule asked. */
    public RoundSummary runMatching(Program program, Instant now) {
        long started = System.nanoTime();
        RoundSummary round = flows(program).matching().run(now);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        rounds.forEach(l -> l.roundRan(program.slug(), round, took));
        return round;
    }

    /** Whether the person may run admin commands for the program. */
    public boolean administers(ParticipantId person, Program program) {
        return organisationAdmins.includes(person) || program.isAdmin(person);
    }

    private ProgramFlows assemble(Program program) {
        Set<ParticipantId> alerted = new HashSet<>(organisationAdmins.ids());
        alerted.addAll(program.admins());
        IdGenerator scoped = kind -> program.slug().scope(ids.next(kind));
        return ProgramAssembly.program(space.of(program.slug()), platforms, new Admins(alerted), program.rhythm(),
                new Matcher(program.weights(), program.matchingRules(), clock), scoped, copy, clock,
                program.slug().scope(""), intro(program), program, programs, anonymity);
    }

    /** What the join form says about the program: its name and objectives, when it has several or any objectives. */
    private String intro(Program program) {
        if (program.objectives().isBlank()) {
            return program.slug().isDefault() ? "" : copy.text("join.intro", program.name());
        }
        return copy.text("join.introObjectives", program.name(), program.objectives());
    }

    private record Built(Program program, ProgramFlows flows) {
    }
}
