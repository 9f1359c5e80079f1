package org.mentorbot.core.admin;

/**
 * Where {@code stats} gets the program's running numbers. A store that keeps them as counters,
 * changed together with every record they count, answers in a constant number of reads whatever
 * the program's size; {@link CountsFromRecords} counts the records themselves, for stores in memory.
 * Throws {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be reached.
 */
@FunctionalInterface
public interface ProgramCounters {

    ProgramCounts counts();
}
