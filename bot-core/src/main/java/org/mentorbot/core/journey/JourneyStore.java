package org.mentorbot.core.journey;

import java.util.List;
import org.mentorbot.core.people.PairId;

/**
 * Each pairing's {@link Journey}: goals, logged meetings (with their private notes), milestones
 * and reflections. Every method throws {@link org.mentorbot.core.people.StoreUnavailableException}
 * when the store cannot be reached, having changed nothing.
 */
public interface JourneyStore {

    /** The pair's journey; {@link Journey#empty} when nothing is stored for it. */
    Journey of(PairId pair);

    /**
     * Stores {@code updated} (same pair) only if the stored journey still equals {@code current}
     * (an empty journey stands for nothing stored); answers whether it did. Callers re-read and
     * retry on false. Atomic: of two partners saving at once from the same journey, one wins.
     */
    boolean replace(Journey current, Journey updated);

    /** Every stored journey, in no particular order. */
    List<Journey> all();

    /**
     * The program's journey numbers, kept as counters that {@link #replace} moves in the same
     * atomic step as the journey, so they always equal {@link JourneyStats#counted} over
     * {@link #all}; read in a constant number of round trips.
     * The days to a pair's first meeting count from its pairing's introduction
     * ({@link JourneyStats#introducedOn}), which the store looks up in the program's pairings
     * when the first meeting changes: a pairing is stored before its journey and its introduction
     * never moves.
     */
    JourneyStats stats();
}
