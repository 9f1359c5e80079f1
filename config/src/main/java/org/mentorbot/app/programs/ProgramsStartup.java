package org.mentorbot.app.programs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;

/**
 * Puts the declared programs into the program store at every start: each program of
 * {@code MENTORBOT_PROGRAMS_FILE} is created or updated, nothing else is touched. The
 * {@code default} program, made from the settings of the first contract, is kept when there is
 * no programs file, when it exists already, or when a version before programs left data that is
 * now the default program's. A program closed in chat stays closed.
 */
public final class ProgramsStartup {

    /** Whether the store holds data written before there were programs. */
    @FunctionalInterface
    public interface EarlierData extends BooleanSupplier {
    }

    private ProgramsStartup() {
    }

    /** Applies the programs; returns their slugs with where each came from, for the log. */
    public static List<String> apply(Optional<Path> file, Program fromSettings, ProgramStore store, EarlierData earlier) {
        List<String> applied = new ArrayList<>();
        List<Program> declared = file.map(f -> ProgramsFile.read(f, fromSettings)).orElse(List.of());
        for (Program program : declared) {
            store.save(keepClosed(program, store));
            applied.add(program.slug() + " (" + file.get().getFileName() + ")");
        }
        boolean declaresDefault = declared.stream().anyMatch(p -> p.slug().isDefault());
        if (!declaresDefault && (file.isEmpty() || store.find(ProgramSlug.DEFAULT).isPresent() || earlier.getAsBoolean())) {
            store.save(keepClosed(fromSettings, store));
            applied.add(ProgramSlug.DEFAULT + " (settings)");
        }
        return applied;
    }

    private static Program keepClosed(Program program, ProgramStore store) {
        return store.find(program.slug()).map(Program::closedAt).map(program::closed).orElse(program);
    }
}
