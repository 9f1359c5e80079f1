package org.mentorbot.core.pairing;

/**
 * How many pairings stand in each state, kept by the store with every write of a pairing, so
 * that {@code stats} reads a handful of numbers rather than every pairing.
 *
 * @param stalled open pairings flagged as stalled
 */
public record PairingCounts(int active, int paused, int ended, int stalled) {

    public static final PairingCounts NONE = new PairingCounts(0, 0, 0, 0);

    public PairingCounts {
        if (active < 0 || paused < 0 || ended < 0 || stalled < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + active + ", " + paused + ", " + ended + ", " + stalled);
        }
    }

    /** The counts of {@code pairings}, counted one by one (what a store's counters must always equal). */
    public static PairingCounts of(Iterable<Pairing> pairings) {
        int active = 0;
        int paused = 0;
        int ended = 0;
        int stalled = 0;
        for (Pairing p : pairings) {
            switch (p.status()) {
                case ACTIVE -> active++;
                case PAUSED -> paused++;
                case ENDED -> ended++;
            }
            stalled += p.status().isOpen() && p.stalled() ? 1 : 0;
        }
        return new PairingCounts(active, paused, ended, stalled);
    }
}
