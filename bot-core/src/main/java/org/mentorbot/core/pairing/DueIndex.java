package org.mentorbot.core.pairing;

import java.time.Instant;
import java.util.function.Function;

/**
 * The kinds of work that fall due on an active pairing, each kept by the pairing store in an
 * index ordered by due time, so that the scheduler asks for what is due and never reads the
 * pairings that are not. Three times travel on the pairing itself and the store indexes them
 * whenever it writes the pairing; the playbook's time lives with the pair's playbook progress,
 * so its flow tells the store when next to look ({@link PairingStore#scheduleLook}).
 *
 * <p>An index holds active pairings only: pausing or ending a pairing takes it out of every
 * index in the same atomic step that stores it, resuming puts it back.
 */
public enum DueIndex {

    CHECK_IN(Pairing::nextCheckInAt),
    FEEDBACK(Pairing::feedbackDueAt),
    MILESTONE(Pairing::milestoneDueAt),
    /** When the pair's playbook next needs a look; a pairing enters it due at its start, and due at once when resumed. */
    PLAYBOOK(null);

    private final Function<Pairing, Instant> onPairing;

    DueIndex(Function<Pairing, Instant> onPairing) {
        this.onPairing = onPairing;
    }

    /** Whether the due time is a field of the pairing (else another store keeps it and says when to look). */
    public boolean onPairing() {
        return onPairing != null;
    }

    /**
     * Where {@code pairing} stands in this index once stored: its due time, or null when it is
     * not in it (not active, or nothing due). For {@link #PLAYBOOK}, {@code before} (the pairing
     * as stored until now, null for a new one) decides: a new pairing enters at its start, a
     * resumed one at the epoch (at once), and an active one keeps whatever the playbook set, which
     * this answers as {@link #KEEP}.
     */
    public Instant position(Pairing before, Pairing pairing) {
        if (pairing.status() != PairingStatus.ACTIVE) {
            return null;
        }
        if (onPairing()) {
            return onPairing.apply(pairing);
        }
        if (before == null) {
            return pairing.startedAt();
        }
        return before.status() == PairingStatus.ACTIVE ? KEEP : Instant.EPOCH;
    }

    /** The answer of {@link #position} that leaves a pairing's place in the index as it is. */
    public static final Instant KEEP = Instant.MIN;
}
