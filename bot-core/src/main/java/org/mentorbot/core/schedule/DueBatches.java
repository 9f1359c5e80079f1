package org.mentorbot.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;

/**
 * The pairings due at one instant, read from the store's index a batch at a time, each handed out
 * once. Handling a due pairing mostly moves it out of the index's due part (claimed a lease ahead,
 * deferred, rescheduled); one that stays due (a member who cannot be reached now) stays at the
 * head of the index, among the earliest, so the next batch skips as many entries as it finds
 * already handed out. Another node handling pairings meanwhile can only make a batch skip a
 * pairing the next tick finds, never hand one out twice; the round ends with the first batch
 * that is not full.
 */
public final class DueBatches {

    private final PairingStore pairings;
    private final DueIndex kind;
    private final Instant now;
    private final int size;
    private final Set<PairId> handedOut = new HashSet<>();
    private int skip;
    private boolean over;

    public DueBatches(PairingStore pairings, DueIndex kind, Instant now, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a batch holds at least one pairing: " + size);
        }
        this.pairings = pairings;
        this.kind = kind;
        this.now = now;
        this.size = size;
    }

    /** The next pairings due that were not handed out yet, or an empty list when the round is over. */
    public List<Pairing> next() {
        while (!over) {
            List<Pairing> batch = pairings.dueFor(kind, now, skip, size);
            over = batch.size() < size;
            List<Pairing> fresh = new ArrayList<>();
            for (Pairing p : batch) {
                if (handedOut.add(p.id())) {
                    fresh.add(p);
                } else {
                    skip++;
                }
            }
            if (!fresh.isEmpty()) {
                return fresh;
            }
        }
        return List.of();
    }
}
