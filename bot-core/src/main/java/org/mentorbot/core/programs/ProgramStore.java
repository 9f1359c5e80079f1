package org.mentorbot.core.programs;

import java.util.List;
import java.util.Optional;

/**
 * The programs an organisation runs. Throws {@link org.mentorbot.core.people.StoreUnavailableException}
 * when the store cannot be reached.
 */
public interface ProgramStore {

    /** Every program, in the order of their slugs. */
    List<Program> all();

    Optional<Program> find(ProgramSlug slug);

    /** Creates the program or replaces the one with the same slug; moves {@link #version()} on unless it was stored so already. */
    void save(Program program);

    /**
     * A number that changes whenever a save changes a program, by any node sharing the store: one cheap read,
     * so a node can keep the programs and re-read them only when this moves. A save that lands while
     * {@link #all()} runs may or may not be in what it answers, but always moves the version afterwards.
     */
    long version();
}
