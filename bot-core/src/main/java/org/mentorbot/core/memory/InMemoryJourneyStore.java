package org.mentorbot.core.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.people.PairId;

/** Journeys in memory; a replacement is an atomic compute that checks the current value first. */
public final class InMemoryJourneyStore implements JourneyStore {

    private final Map<PairId, Journey> byPair = new ConcurrentHashMap<>();

    @Override
    public Journey of(PairId pair) {
        return byPair.getOrDefault(pair, Journey.empty(pair));
    }

    @Override
    public boolean replace(Journey current, Journey updated) {
        if (!current.pair().equals(updated.pair())) {
            throw new IllegalArgumentException("replace keeps the pair: " + current.pair() + " vs " + updated.pair());
        }
        AtomicBoolean replaced = new AtomicBoolean();
        byPair.compute(current.pair(), (pair, stored) -> {
            Journey now = stored == null ? Journey.empty(pair) : stored;
            if (!now.equals(current)) {
                return stored;
            }
            replaced.set(true);
            return updated;
        });
        return replaced.get();
    }

    @Override
    public List<Journey> all() {
        return List.copyOf(byPair.values());
    }

    @Override
    public void deleteOf(Collection<PairId> pairs) {
        pairs.forEach(byPair::remove);
    }
}
