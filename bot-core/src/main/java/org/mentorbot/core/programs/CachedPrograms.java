package org.mentorbot.core.programs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programs as this node last read them, kept until the store's {@link ProgramStore#version()}
 * moves. Every read asks the store for the version only (one small read instead of every program
 * definition), so a program created or edited on another node is seen by the next read here.
 * The version is read before the programs, so a save racing a refresh is at worst read again.
 */
public final class CachedPrograms implements ProgramStore {

    private final ProgramStore store;
    private volatile Snapshot snapshot;

    public CachedPrograms(ProgramStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<Program> all() {
        return current().programs();
    }

    @Override
    public Optional<Program> find(ProgramSlug slug) {
        return Optional.ofNullable(current().bySlug().get(slug));
    }

    @Override
    public void save(Program program) {
        store.save(program);
        snapshot = null;
    }

    @Override
    public long version() {
        return store.version();
    }

    private Snapshot current() {
        long version = store.version();
        Snapshot known = snapshot;
        if (known != null && known.version() == version) {
            return known;
        }
        List<Program> programs = store.all();
        Snapshot read = new Snapshot(version, programs,
                programs.stream().collect(Collectors.toUnmodifiableMap(Program::slug, Function.identity())));
        snapshot = read;
        return read;
    }

    private record Snapshot(long version, List<Program> programs, Map<ProgramSlug, Program> bySlug) {
    }
}
