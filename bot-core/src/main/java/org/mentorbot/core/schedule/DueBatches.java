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
 * that is not full, or once it has handed out its most: what is left stays due, earliest first,
 * and the next tick's round takes it. So a backlog (every pair's playbook looked at again after a
 * start, a zone's nine o'clock at a million pairings) goes out a round's most per tick instead of
 * all in one round, which would hold the kind's job, and a node's shutdown, until it ended and
 * have the JVM grow its heap for the burst.
 */
public final class DueBatches {

    private final PairingStore pairings;
    private final DueIndex kind;
    private final Instant now;
    private final int size;
    private final int most;
    private final Set<PairId> handedOut = new HashSet<>();
    private int skip;
    private boolean over;

    /**
     * @param size how many due pairings are read from the store at a time
     * @param most how many pairings the round hands out at most
     */
    public DueBatches(PairingStore pairings, DueIndex kind, Instant now, int size, int most) {
        if (size < 1 || most < 1) {
            throw new IllegalArgumentException("a batch and a round hold at least one pairing: " + size + ", " + most);
        }
        this.pairings = pairings;
        this.kind = kind;
        this.now = now;
        this.size = size;
        this.most = most;
    }

    /** The next pairings due that were not handed out yet, or an empty list when the round is over. */
    public List<Pairing> next() {
        while (!over) {
            List<Pairing> batch = pairings.dueFor(kind, now, skip, size);
            over = batch.size() < size;
            List<Pairing> fresh = new ArrayList<>();
            for (Pairing p : batch) {
                if (handedOut.size() == most) {
                    over = true;
                    break;
                }
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
