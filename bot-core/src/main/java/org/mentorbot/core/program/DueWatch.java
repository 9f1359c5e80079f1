package org.mentorbot.core.program;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * What the scheduler asks at every tick: which kinds of due work have anything to send now, in any program.
 * One {@link DueLookout} over every program's indexes answers it, so a tick with nothing due costs one store
 * round trip whatever the number of programs and pairings. The programs are kept between ticks and read again
 * only when the look says their version moved; then each program's flows are brought up to date (a program whose
 * playbook moved has its pairs looked at again) and the look is repeated over the programs as they are now.
 *
 * <p>A kind that stops at the program's end (see {@link DueKind#endsWithProgram()}) is not answered for a program
 * that has ended, though its pairs may still stand due in the index: its round would send nothing.
 */
public final class DueWatch {

    private final ProgramRegistry registry;
    private final DueLookout lookout;
    private volatile Known known = new Known(Long.MIN_VALUE, List.of());

    public DueWatch(ProgramRegistry registry, DueLookout lookout) {
        this.registry = registry;
        this.lookout = lookout;
    }

    /** The kinds with something to send at {@code now}; empty when the tick has nothing to do. */
    public Set<DueKind> dueAt(Instant now) {
        Known programs = known;
        DueLookout.Seen seen = lookout.look(now, programs.slugs());
        if (seen.programsVersion() != programs.version()) {
            programs = reread(seen.programsVersion());
            seen = lookout.look(now, programs.slugs());
        }
        Set<DueKind> due = EnumSet.noneOf(DueKind.class);
        for (Program program : programs.all()) {
            boolean ended = program.end().hasPassed(now);
            seen.due().getOrDefault(program.slug(), Set.of()).stream()
                    .filter(kind -> !(ended && kind.endsWithProgram())).forEach(due::add);
        }
        return due;
    }

    /** Reads the programs, after the look saw {@code version}: they hold every save up to it, perhaps later ones. */
    private Known reread(long version) {
        List<Program> all = registry.all();
        all.forEach(registry::flows);
        Known read = new Known(version, all);
        known = read;
        return read;
    }

    private record Known(long version, List<Program> all) {

        List<ProgramSlug> slugs() {
            return all.stream().map(Program::slug).toList();
        }
    }
}
