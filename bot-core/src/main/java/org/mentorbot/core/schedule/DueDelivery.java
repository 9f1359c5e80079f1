package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.CircleId;

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
 *
 * <p>A {@link Circle} is one item: it is due when its lead (its open pairing with the lowest id)
 * is, and a sender claims every open pairing of the circle, lowest id first, sending only once it
 * holds them all (else it gives back what it took). Nobody joins a circle after its round, so the
 * open pairings one sender sees include all those a later sender sees, among them that sender's
 * lead: of the two, only one can claim it unchanged, so a circle's item, too, goes out once.
 */
public final class DueDelivery {

    /** The longest a claim holds an item before another caller may send it. */
    public static final Duration LEASE = Duration.ofMinutes(1);
    /** How many due pairings are read from the store at a time. */
    public static final int BATCH = 500;
    /** How many due pairings one round hands out at most; the next tick's round takes the rest (see {@link DueBatches}). */
    public static final int ROUND = 2_000;
    private static final Backoff BACKOFF = new Backoff(6);
    /** How often a claim is tried again on a pairing that changed in something the item does not depend on. */
    private static final int CLAIM_ATTEMPTS = 3;

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
     * Only the due pairings are read, in batches of {@link #BATCH}, earliest first, and at most
     * {@link #ROUND} of them: the rest stay due for the next call.
     */
    public <R> List<R> eachDue(Instant now, Executor pool, Function<Pairing, R> attempt) {
        List<R> results = new ArrayList<>();
        DueBatches batches = new DueBatches(pairings, due.index(), now, BATCH, ROUND);
        for (List<Pairing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
            List<Pairing> dueNow = batch.stream().filter(p -> p.status() == PairingStatus.ACTIVE && due.isDue(p, now)).toList();
            results.addAll(Fanout.each(dueNow, attempt, pool));
        }
        return results;
    }

    /**
     * Like {@link #eachDue}, but a circle's pairings are one item: a circle with an active pairing
     * whose lead is due is handed to {@code attempt} as all its open pairings, lowest id first; a
     * pairing outside any circle is handed alone. A due pairing of a circle brings the circle in,
     * read as stored now, once per call.
     */
    public <R> List<R> eachDueTogether(Instant now, Executor pool, Function<List<Pairing>, R> attempt) {
        List<R> results = new ArrayList<>();
        Set<CircleId> seen = new HashSet<>();
        DueBatches batches = new DueBatches(pairings, due.index(), now, BATCH, ROUND);
        for (List<Pairing> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
            List<List<Pairing>> dueNow = new ArrayList<>();
            for (Pairing p : batch) {
                if (p.status() != PairingStatus.ACTIVE || !due.isDue(p, now)) {
                    continue;
                }
                if (p.circle() == null) {
                    dueNow.add(List.of(p));
                } else if (seen.add(p.circle())) {
                    Circle.of(pairings, p)
                            .filter(circle -> !circle.active().isEmpty() && circle.lead().filter(lead -> due.isDue(lead, now)).isPresent())
                            .ifPresent(circle -> dueNow.add(circle.open()));
                }
            }
            results.addAll(Fanout.each(dueNow, attempt, pool));
        }
        return results;
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
        Optional<Pairing> claim = claim(pairing, later(now, clock.instant()).plus(lease));
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        Pairing claimed = claim.get();
        Delivery delivery = send.get();
        if (delivery.reachedAnyone()) {
            reschedule(claimed, next, 0);
        } else {
            Backoff.Retry retry = BACKOFF.failed(due.failures(claimed), pairing.cadence());
            reschedule(claimed, later(now, clock.instant()).plus(retry.after().orElse(pairing.cadence())), retry.failuresRunning());
        }
        return Optional.of(delivery);
    }

    /**
     * As {@link #deliver}, for pairings that get one item together (a circle's open pairings, lowest
     * id first): each is claimed in turn, as {@link #deliver} claims one, and the item is sent only
     * when all were; when one is not, those already claimed get their item back. The failures
     * and the backoff are the first pairing's.
     *
     * @return the delivery, or empty when another caller claimed or changed one of them first
     */
    public Optional<Delivery> deliverTogether(List<Pairing> together, Instant now, Duration lease, Instant next,
                                              Supplier<Delivery> send) {
        if (together.isEmpty()) {
            return Optional.empty();
        }
        Instant claimedAt = later(now, clock.instant());
        List<Pairing> claimed = new ArrayList<>();
        for (Pairing pairing : together) {
            Optional<Pairing> mine = claim(pairing, claimedAt.plus(lease));
            if (mine.isEmpty()) {
                for (int i = 0; i < claimed.size(); i++) {
                    giveBack(claimed.get(i), due.of(together.get(i)));
                }
                return Optional.empty();
            }
            claimed.add(mine.get());
        }
        Delivery delivery = send.get();
        if (delivery.reachedAnyone()) {
            claimed.forEach(c -> reschedule(c, next, 0));
        } else {
            Pairing first = claimed.get(0);
            Backoff.Retry retry = BACKOFF.failed(due.failures(first), first.cadence());
            Instant again = later(now, clock.instant()).plus(retry.after().orElse(first.cadence()));
            claimed.forEach(c -> reschedule(c, again, retry.failuresRunning()));
        }
        return Optional.of(delivery);
    }

    /**
     * Moves the item's due time to {@code until} on the stored pairing, if that is still
     * {@code pairing} or differs from it only in what the item does not depend on: the pairing's
     * other items (its journey planned meanwhile, say) or its answers. Empty when another caller
     * claimed, moved or counted a failure of the item first, or the pairing's status changed.
     */
    private Optional<Pairing> claim(Pairing pairing, Instant until) {
        Pairing seen = pairing;
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            Pairing claimed = due.movedTo(seen, until);
            if (pairings.replace(seen, claimed)) {
                return Optional.of(claimed);
            }
            Pairing before = seen;
            Optional<Pairing> stored = pairings.find(pairing.id()).filter(p -> p.status() == before.status()
                    && Objects.equals(due.of(p), due.of(before)) && due.failures(p) == due.failures(before));
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            seen = stored.get();
        }
        return Optional.empty();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Moves a claimed item back to when it was due, unless someone rescheduled it since the claim. */
    private void giveBack(Pairing claimed, Instant was) {
        Instant leasedUntil = due.of(claimed);
        lifecycle.update(claimed, p -> leasedUntil.equals(due.of(p)) ? due.movedTo(p, was) : p);
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
