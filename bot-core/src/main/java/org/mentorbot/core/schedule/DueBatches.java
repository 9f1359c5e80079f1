package org.mentorbot.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;

/**
 * The pairings due at one instant, read from the store's index a batch at a time. Handling a due
 * pairing moves it out of the index's due part (claimed a lease ahead, deferred, rescheduled), so
 * each batch asks again from the start; a pairing that stays due (a member who cannot be reached
 * now) comes back, and once a batch brings nothing new — or is not full — the round is over, so
 * a round ends however many pairings stay due.
 */
public final class DueBatches {

    private final PairingStore pairings;
    private final DueIndex kind;
    private final Instant now;
    private final int size;
    private Set<PairId> last = Set.of();
    private boolean over;

    public DueBatches(PairingStore pairings, DueIndex kind, Instant now, int size) {
        this.pairings = pairings;
        this.kind = kind;
        this.now = now;
        this.size = size;
    }

    /** The next batch, or an empty list when the round is over. */
    public List<Pairing> next() {
        if (over) {
            return List.of();
        }
        List<Pairing> batch = pairings.dueFor(kind, now, size);
        Set<PairId> ids = batch.stream().map(Pairing::id).collect(Collectors.toSet());
        if (ids.equals(last)) {
            return List.of();
        }
        over = batch.size() < size;
        last = ids;
        return batch;
    }
}
