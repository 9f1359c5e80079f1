package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;

/**
 * Delivers what falls due on pairings at one {@link DueTime} — check-in nudges, feedback polls —
 * each exactly once, however often and on however many nodes it is asked to.
 *
 * <p>An item is claimed first with a compare-and-set on the pairing that moves its due time a
 * short lease ahead: whoever wins the claim sends, everyone else sees a pairing that is no longer
 * due. Once sent, it is rescheduled with a second compare-and-set — to its next regular time if a
 * platform accepted it, else after a {@link Backoff} — unless someone (resume, an admin)
 * rescheduled it since the claim. If the node dies between claim and delivery, the lease runs
 * out and another node sends the item. The failures running are counted on the pairing, so every
 * node backs off alike and a restart does not start the count again.
 */
public final class DueDelivery {

    /** The longest a claim holds an item before another caller may send it. */
    public static final Duration LEASE = Duration.ofMinutes(1);
    private static final Backoff BACKOFF = new Backoff(6);

    private final PairingStore pairings;
    private final PairingLifecycle lifecycle;
    private final DueTime due;
    private final Clock clock;

    /**
     * @param clock tells the time of each claim: a round that started at {@code now} may reach a
     *              pairing much later, and its lease must run from then, not from the round's start
     */
    public DueDelivery(PairingStore pairings, DueTime due, Clock clock) {
        this.pairings = pairings;
        this.lifecycle = new PairingLifecycle(pairings);
        this.due = Objects.requireNonNull(due, "due");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies {@code attempt} to every active pairing whose item is due at {@code now}, several at
     * a time on {@code pool}, and returns the results in no particular order once all are done.
     */
    public <R> List<R> eachDue(Instant now, Executor pool, Function<Pairing, R> attempt) {
        List<Pairing> dueNow = pairings.all().stream()
                .filter(p -> p.status() == PairingStatus.ACTIVE && due.isDue(p, now))
                .toList();
        return Fanout.each(dueNow, attempt, pool);
    }

    /**
     * The optional step before a claim: moves an item that may not go out yet (outside working
     * hours) to {@code later}. False when another caller changed the pairing first.
     */
    public boolean defer(Pairing pairing, Instant later) {
        return pairings.replace(pairing, due.movedTo(pairing, later));
    }

    /**
     * Claims the pairing's item for {@code lease}, sends it, and reschedules it: to {@code next}
     * (null: nothing more due) when a platform accepted it, else after a backoff. {@code send}
     * delivers the item and records it only if the delivery {@link Delivery#reachedAnyone reached
     * anyone}; an exception from it leaves the item claimed until the lease runs out.
     *
     * @return the delivery, or empty when another caller claimed or changed the pairing first
     */
    public Optional<Delivery> deliver(Pairing pairing, Instant now, Duration lease, Instant next, Supplier<Delivery> send) {
        Instant claimedAt = later(now, clock.instant());
        Pairing claimed = due.movedTo(pairing, claimedAt.plus(lease));
        if (!pairings.replace(pairing, claimed)) {
            return Optional.empty();
        }
        Delivery delivery = send.get();
        if (delivery.reachedAnyone()) {
            reschedule(claimed, next, 0);
        } else {
            Backoff.Retry retry = BACKOFF.failed(due.failures(claimed), pairing.cadence());
            reschedule(claimed, later(now, clock.instant()).plus(retry.after().orElse(pairing.cadence())), retry.failuresRunning());
        }
        return Optional.of(delivery);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Sets the next due time unless someone rescheduled the item since the claim; counts the failures either way. */
    private void reschedule(Pairing claimed, Instant next, int failuresRunning) {
        Instant leasedUntil = due.of(claimed);
        lifecycle.update(claimed, p -> {
            Pairing counted = due.withFailures(p, failuresRunning);
            return leasedUntil.equals(due.of(p)) ? due.movedTo(counted, next) : counted;
        });
    }
}
