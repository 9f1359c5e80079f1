package org.mentorbot.core.pairing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.core.people.ParticipantId;

/**
 * Moves pairings through their lifecycle (active → paused → ended) with compare-and-set
 * updates, so that two nodes or two clicks changing the same pairing never lose a change.
 */
public final class PairingLifecycle {

    private static final int ATTEMPTS = 8;

    private final PairingStore pairings;

    public PairingLifecycle(PairingStore pairings) {
        this.pairings = pairings;
    }

    /** The person's open pairings (active or paused). */
    public List<Pairing> openPairingsOf(ParticipantId person) {
        return pairings.of(person).stream().filter(p -> p.status().isOpen()).toList();
    }

    /** Ends every open pairing of the person; returns the pairings as they were ended. */
    public List<Pairing> endAllOf(ParticipantId person, String reason, Instant now) {
        List<Pairing> ended = new ArrayList<>();
        for (Pairing open : openPairingsOf(person)) {
            update(open, p -> p.status().isOpen() ? p.ended(new Pairing.Ending(now, person, reason)) : p)
                    .filter(p -> p.status() == PairingStatus.ENDED)
                    .ifPresent(ended::add);
        }
        return ended;
    }

    /** Pauses the person's active pairings. */
    public List<Pairing> pauseAllOf(ParticipantId person) {
        List<Pairing> paused = new ArrayList<>();
        for (Pairing open : openPairingsOf(person)) {
            update(open, p -> p.status() == PairingStatus.ACTIVE ? p.withStatus(PairingStatus.PAUSED) : p)
                    .ifPresent(paused::add);
        }
        return paused;
    }

    /** Resumes the person's paused pairings whose other member is not paused; the next check-in is rescheduled from now. */
    public List<Pairing> resumeAllOf(ParticipantId person, java.util.function.Predicate<ParticipantId> partnerActive, Instant now) {
        List<Pairing> resumed = new ArrayList<>();
        for (Pairing open : openPairingsOf(person)) {
            if (open.status() == PairingStatus.PAUSED && partnerActive.test(open.partnerOf(person))) {
                update(open, p -> p.status() == PairingStatus.PAUSED
                        ? p.withStatus(PairingStatus.ACTIVE).withNextCheckInAt(now.plus(p.cadence()))
                        : p).ifPresent(resumed::add);
            }
        }
        return resumed;
    }

    /**
     * Applies {@code change} to the latest stored version of the pairing, retrying when another
     * writer got there first. Returns the stored result, or empty if the pairing is gone.
     */
    public Optional<Pairing> update(Pairing pairing, UnaryOperator<Pairing> change) {
        Pairing current = pairing;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Pairing updated = change.apply(current);
            if (updated.equals(current) || pairings.replace(current, updated)) {
                return Optional.of(updated);
            }
            Optional<Pairing> latest = pairings.find(pairing.id());
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            current = latest.get();
        }
        throw new IllegalStateException("Pairing " + pairing.id() + " kept changing under concurrent updates");
    }
}
