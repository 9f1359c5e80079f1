package org.mentorbot.core.memory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/** The programs in memory, for the embedded default and tests. */
public final class InMemoryProgramStore implements ProgramStore {

    private final ConcurrentSkipListMap<String, Program> programs = new ConcurrentSkipListMap<>();
    private final AtomicLong version = new AtomicLong();

    @Override
    public List<Program> all() {
        return List.copyOf(programs.values());
    }

    @Override
    public Optional<Program> find(ProgramSlug slug) {
        return Optional.ofNullable(programs.get(slug.value()));
    }

    @Override
    public void save(Program program) {
        if (!program.equals(programs.put(program.slug().value(), program))) {
            version.incrementAndGet();
        }
    }

    @Override
    public long version() {
        return version.get();
    }
}
