package org.mentorbot.core.pairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * A mentoring circle: one mentor and the mentees a round gave them together, met in one
 * conversation and checked in on and polled as one. In state it is no more than the id its
 * pairings carry; nobody joins a circle after its round, so its open pairings only ever become
 * fewer — a member who leaves, asks to rematch or is erased ends their own pairing and the circle
 * carries on with the rest, until its last mentee is gone and the circle has ended.
 *
 * @param pairings every pairing of the circle, open or ended, lowest id first
 */
public record Circle(CircleId id, ParticipantId mentor, List<Pairing> pairings) {

    private static final Comparator<Pairing> BY_ID = Comparator.comparing(p -> p.id().value());

    public Circle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentor, "mentor");
        pairings = pairings.stream().sorted(BY_ID).toList();
        if (pairings.stream().anyMatch(p -> !id.equals(p.circle()) || !mentor.equals(p.mentor()))) {
            throw new IllegalArgumentException("every pairing of circle " + id + " has it and its mentor");
        }
    }

    /** The circle {@code pairing} belongs to, as stored now; empty for a pairing outside any circle. */
    public static Optional<Circle> of(PairingStore store, Pairing pairing) {
        return pairing.circleIfAny().map(id -> new Circle(id, pairing.mentor(),
                store.of(pairing.mentor()).stream().filter(p -> id.equals(p.circle())).toList()));
    }

    /** The circles among {@code pairings}, each with the pairings of it found there, in the order first met. */
    public static List<Circle> among(List<Pairing> pairings) {
        List<Circle> circles = new ArrayList<>();
        pairings.stream().map(Pairing::circle).filter(Objects::nonNull).distinct().forEach(id -> {
            List<Pairing> members = pairings.stream().filter(p -> id.equals(p.circle())).toList();
            circles.add(new Circle(id, members.get(0).mentor(), members));
        });
        return circles;
    }

    /**
     * The ids of {@code mine} and of every pairing of the circles they belong to: where a circle's
     * check-ins and polls are recorded, so that a member's export shows them and erasing a member
     * erases them, as erasing one of a pair erases the pair's.
     */
    public static Set<PairId> withTheirCircles(PairingStore store, List<Pairing> mine) {
        return Stream.concat(mine.stream(), mine.stream().flatMap(p -> of(store, p).stream()).flatMap(c -> c.pairings().stream()))
                .map(Pairing::id).collect(Collectors.toSet());
    }

    /** The pairings still open (active or paused), lowest id first. */
    public List<Pairing> open() {
        return pairings.stream().filter(p -> p.status().isOpen()).toList();
    }

    /** The active pairings: the mentees who are checked in on and polled now. */
    public List<Pairing> active() {
        return pairings.stream().filter(p -> p.status() == PairingStatus.ACTIVE).toList();
    }

    /** The open pairing with the lowest id, whose due times are the circle's; empty once the circle has ended. */
    public Optional<Pairing> lead() {
        return open().stream().findFirst();
    }

    /** Whether the person was ever in the circle, as its mentor or one of its mentees. */
    public boolean involves(ParticipantId person) {
        return pairings.stream().anyMatch(p -> p.involves(person));
    }

    /** Whether the person is in the circle now: its mentor while it lasts, or a mentee whose pairing is open. */
    public boolean hasMember(ParticipantId person) {
        return open().stream().anyMatch(p -> p.involves(person));
    }

    /** The mentor and the mentees of the given pairings, the mentor first. */
    public static List<ParticipantId> members(List<Pairing> pairings) {
        List<ParticipantId> members = new ArrayList<>();
        pairings.forEach(p -> {
            if (!members.contains(p.mentor())) {
                members.add(0, p.mentor());
            }
            members.add(p.mentee());
        });
        return members;
    }
}
