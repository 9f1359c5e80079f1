package org.mentorbot.core.guidance;

import java.util.Collection;
import java.util.Optional;
import org.mentorbot.core.people.PairId;

/**
 * Each pair's progress through the playbook. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be reached,
 * having changed nothing.
 */
public interface PlaybookStore {

    Optional<PlaybookProgress> find(PairId pair);

    /**
     * Stores {@code updated} only if the stored progress of its pair still equals {@code current}
     * ({@code null}: only if none is stored yet); answers whether it did. Atomic: of two callers
     * claiming the same step, one wins.
     */
    boolean replace(PlaybookProgress current, PlaybookProgress updated);

    /**
     * Records when the program's playbook steps fall due, as {@code timing} (an opaque description
     * of the steps and the dates they depend on); answers whether a different timing was recorded
     * before. None recorded before is no change.
     */
    boolean recordTiming(String timing);

    /** Erases the progress of these pairs (for "delete me"). */
    void deleteOf(Collection<PairId> pairs);
}
