package org.mentorbot.core.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingCounts;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * Pairings in memory, with a sorted index of due times per {@link DueIndex} and counts per state
 * kept alongside. Writes are serialised, so that capacity checks and inserts are atomic and the
 * indexes and counts always match the pairings.
 */
public final class InMemoryPairingStore implements PairingStore {

    private static final Comparator<Entry> BY_DUE = Comparator.comparing(Entry::at).thenComparing(e -> e.id().value());

    private final Map<PairId, Pairing> byId = new ConcurrentHashMap<>();
    private final Map<DueIndex, NavigableSet<Entry>> due = new EnumMap<>(DueIndex.class);
    private final Map<DueIndex, Map<PairId, Instant>> dueOf = new EnumMap<>(DueIndex.class);
    private final Map<PairingStatus, Integer> byStatus = new EnumMap<>(PairingStatus.class);
    private int stalled;

    public InMemoryPairingStore() {
        for (DueIndex kind : DueIndex.values()) {
            due.put(kind, new TreeSet<>(BY_DUE));
            dueOf.put(kind, new HashMap<>());
        }
    }

    @Override
    public synchronized CreateOutcome create(Pairing pairing, int mentorCapacity) {
        boolean pairedBefore = false;
        boolean menteeOpen = false;
        long mentorOpen = 0;
        for (Pairing p : byId.values()) {
            pairedBefore |= p.asMentorMentee().equals(pairing.asMentorMentee());
            menteeOpen |= p.status().isOpen() && p.mentee().equals(pairing.mentee());
            if (p.status().isOpen() && p.mentor().equals(pairing.mentor())) {
                mentorOpen++;
            }
        }
        if (pairedBefore) {
            return CreateOutcome.PAIRED_BEFORE;
        }
        if (menteeOpen) {
            return CreateOutcome.MENTEE_ALREADY_PAIRED;
        }
        if (mentorOpen >= mentorCapacity) {
            return CreateOutcome.MENTOR_FULL;
        }
        byId.put(pairing.id(), pairing);
        indexed(null, pairing);
        return CreateOutcome.CREATED;
    }

    @Override
    public Optional<Pairing> find(PairId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Pairing> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public List<Pairing> open() {
        return byId.values().stream().filter(p -> p.status().isOpen()).toList();
    }

    @Override
    public synchronized List<Pairing> dueFor(DueIndex kind, Instant now, int skip, int limit) {
        List<Pairing> found = new ArrayList<>();
        int skipped = 0;
        for (Entry entry : due.get(kind)) {
            if (entry.at().isAfter(now) || found.size() >= limit) {
                break;
            }
            if (skipped++ >= skip) {
                found.add(byId.get(entry.id()));
            }
        }
        return found;
    }

    @Override
    public synchronized int dueCount(DueIndex kind, Instant now) {
        int count = 0;
        for (Entry entry : due.get(kind)) {
            if (entry.at().isAfter(now)) {
                break;
            }
            count++;
        }
        return count;
    }

    @Override
    public synchronized void scheduleLook(PairId id, DueIndex kind, Instant at) {
        if (kind.onPairing()) {
            throw new IllegalArgumentException(kind + " is due when the pairing says; it is not scheduled apart");
        }
        Pairing pairing = byId.get(id);
        if (pairing != null && pairing.status() == PairingStatus.ACTIVE) {
            place(kind, id, at);
        }
    }

    @Override
    public synchronized int scheduleLookForAllActive(DueIndex kind, Instant at) {
        if (kind.onPairing()) {
            throw new IllegalArgumentException(kind + " is due when the pairing says; it is not scheduled apart");
        }
        int scheduled = 0;
        for (Pairing pairing : byId.values()) {
            if (pairing.status() == PairingStatus.ACTIVE) {
                place(kind, pairing.id(), at);
                scheduled++;
            }
        }
        return scheduled;
    }

    @Override
    public synchronized PairingCounts counts() {
        return new PairingCounts(byStatus.getOrDefault(PairingStatus.ACTIVE, 0), byStatus.getOrDefault(PairingStatus.PAUSED, 0),
                byStatus.getOrDefault(PairingStatus.ENDED, 0), stalled);
    }

    @Override
    public List<Pairing> of(ParticipantId person) {
        return byId.values().stream().filter(p -> p.involves(person)).toList();
    }

    @Override
    public synchronized boolean replace(Pairing current, Pairing updated) {
        if (!current.id().equals(updated.id())) {
            throw new IllegalArgumentException("replace keeps the pairing's id");
        }
        if (!byId.replace(current.id(), current, updated)) {
            return false;
        }
        unindexed(current);
        indexed(current, updated);
        return true;
    }

    /** Counts the pairing as stored now, and puts it where it belongs in each index. */
    private void indexed(Pairing before, Pairing pairing) {
        byStatus.merge(pairing.status(), 1, Integer::sum);
        stalled += countsAsStalled(pairing) ? 1 : 0;
        for (DueIndex kind : DueIndex.values()) {
            Instant at = kind.position(before, pairing);
            if (at != DueIndex.KEEP) {
                place(kind, pairing.id(), at);
            }
        }
    }

    /** Takes the pairing as it was stored out of the counts. */
    private void unindexed(Pairing pairing) {
        byStatus.merge(pairing.status(), -1, Integer::sum);
        stalled -= countsAsStalled(pairing) ? 1 : 0;
    }

    private void place(DueIndex kind, PairId id, Instant at) {
        Instant was = at == null ? dueOf.get(kind).remove(id) : dueOf.get(kind).put(id, at);
        if (was != null) {
            due.get(kind).remove(new Entry(was, id));
        }
        if (at != null) {
            due.get(kind).add(new Entry(at, id));
        }
    }

    private static boolean countsAsStalled(Pairing pairing) {
        return pairing.status().isOpen() && pairing.stalled();
    }

    private record Entry(Instant at, PairId id) {
    }
}
