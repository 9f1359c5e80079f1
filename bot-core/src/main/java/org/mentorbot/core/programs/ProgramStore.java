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

    /** Creates the program or replaces the one with the same slug. */
    void save(Program program);
}
