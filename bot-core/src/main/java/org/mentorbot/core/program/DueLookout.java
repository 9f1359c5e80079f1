package org.mentorbot.core.program;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * One look over the due-time indexes of many programs at once: which kinds of work have anything due, and the
 * programs' version ({@link org.mentorbot.core.programs.ProgramStore#version()}), read without reading any
 * pairing or request. It is what a scheduler tick with nothing to do costs, so a store over the network answers
 * it in one round trip, whatever the number of programs and pairings. Throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be reached.
 */
public interface DueLookout {

    /**
     * For each of {@code programs}, the kinds with at least one entry due at {@code now} (due at or before it),
     * as the flows' own reads of the indexes would find them; and the programs' version, read in the same step.
     */
    Seen look(Instant now, List<ProgramSlug> programs);

    /**
     * What a look found.
     *
     * @param programsVersion the version of the programs' definitions when the indexes were read
     * @param due             the programs with something due, each with the kinds that are; no program with none
     */
    record Seen(long programsVersion, Map<ProgramSlug, Set<DueKind>> due) {

        public Seen {
            due = due.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        }

        /** The kinds due in any program. */
        public Set<DueKind> kinds() {
            Set<DueKind> kinds = EnumSet.noneOf(DueKind.class);
            due.values().forEach(kinds::addAll);
            return kinds;
        }
    }
}
