package org.mentorbot.core.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;

/**
 * Journeys in memory. A replacement checks the current value and moves the program's journey
 * numbers by the difference under one lock; reads of a journey take no lock.
 */
public final class InMemoryJourneyStore implements JourneyStore {

    private final Map<PairId, Journey> byPair = new ConcurrentHashMap<>();
    private final PairingStore pairings;
    private JourneyStats counters = JourneyStats.NONE;

    /** Journeys of the pairings in {@code pairings}, where the days to a first meeting are counted from. */
    public InMemoryJourneyStore(PairingStore pairings) {
        this.pairings = pairings;
    }

    @Override
    public Journey of(PairId pair) {
        return byPair.getOrDefault(pair, Journey.empty(pair));
    }

    @Override
    public synchronized boolean replace(Journey current, Journey updated) {
        if (!current.pair().equals(updated.pair())) {
            throw new IllegalArgumentException("replace keeps the pair: " + current.pair() + " vs " + updated.pair());
        }
        Journey stored = of(current.pair());
        if (!stored.equals(current)) {
            return false;
        }
        // an unchanged first meeting leaves the days out on both sides: they do not move, and need no look-up
        Optional<LocalDate> introduced = stored.firstMeeting().equals(updated.firstMeeting()) ? Optional.empty()
                : introducedOn(current.pair());
        counters = counters.minus(JourneyStats.of(stored, introduced)).plus(JourneyStats.of(updated, introduced));
        byPair.put(current.pair(), updated);
        return true;
    }

    @Override
    public List<Journey> all() {
        return List.copyOf(byPair.values());
    }

    @Override
    public synchronized JourneyStats stats() {
        return counters;
    }

    private Optional<LocalDate> introducedOn(PairId pair) {
        return pairings.find(pair).map(JourneyStats::introducedOn);
    }
}
