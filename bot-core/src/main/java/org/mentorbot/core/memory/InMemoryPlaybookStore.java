package org.mentorbot.core.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.guidance.PlaybookProgress;
import org.mentorbot.core.guidance.PlaybookStore;
import org.mentorbot.core.people.PairId;

/** Playbook progress in memory; a claim is a compare-and-set through an atomic compute. */
public final class InMemoryPlaybookStore implements PlaybookStore {

    private String timing;

    private final Map<PairId, PlaybookProgress> byPair = new ConcurrentHashMap<>();

    @Override
    public Optional<PlaybookProgress> find(PairId pair) {
        return Optional.ofNullable(byPair.get(pair));
    }

    @Override
    public boolean replace(PlaybookProgress current, PlaybookProgress updated) {
        if (current != null && !current.pair().equals(updated.pair())) {
            throw new IllegalArgumentException("replace keeps the pair: " + current.pair() + " vs " + updated.pair());
        }
        boolean[] replaced = {false};
        byPair.compute(updated.pair(), (pair, stored) -> {
            if (Objects.equals(stored, current)) {
                replaced[0] = true;
                return updated;
            }
            return stored;
        });
        return replaced[0];
    }

    @Override
    public synchronized boolean recordTiming(String timing) {
        String before = this.timing;
        this.timing = timing;
        return before != null && !before.equals(timing);
    }

    @Override
    public void deleteOf(Collection<PairId> pairs) {
        pairs.forEach(byPair::remove);
    }
}
