package org.mentorbot.core.program;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/**
 * A {@link DueLookout} through each program's own stores: the first due entry of every index, one store call
 * each. Right for the stores in memory, where a call is a method call; a store across the network has its own
 * lookout that answers in one round trip.
 */
public final class StoresDueLookout implements DueLookout {

    private final ProgramStore programs;
    private final ProgramRegistry.StoreSpace space;

    public StoresDueLookout(ProgramStore programs, ProgramRegistry.StoreSpace space) {
        this.programs = programs;
        this.space = space;
    }

    @Override
    public Seen look(Instant now, List<ProgramSlug> slugs) {
        long version = programs.version();
        Map<ProgramSlug, Set<DueKind>> due = new HashMap<>();
        for (ProgramSlug slug : slugs) {
            Stores stores = space.of(slug);
            Set<DueKind> kinds = EnumSet.noneOf(DueKind.class);
            for (DueKind kind : DueKind.values()) {
                boolean any = kind.pairingIndex() == null ? !stores.requests().due(now, 1).isEmpty()
                        : !stores.pairings().dueFor(kind.pairingIndex(), now, 1).isEmpty();
                if (any) {
                    kinds.add(kind);
                }
            }
            due.put(slug, kinds);
        }
        return new Seen(version, due);
    }
}
