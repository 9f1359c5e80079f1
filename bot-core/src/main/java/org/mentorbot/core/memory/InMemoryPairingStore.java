package org.mentorbot.core.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/** Pairings in memory. Creation is serialised so that capacity checks and inserts are atomic. */
public final class InMemoryPairingStore implements PairingStore {

    private final Map<PairId, Pairing> byId = new ConcurrentHashMap<>();

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
    public List<Pairing> of(ParticipantId person) {
        return byId.values().stream().filter(p -> p.involves(person)).toList();
    }

    @Override
    public synchronized boolean replace(Pairing current, Pairing updated) {
        if (!current.id().equals(updated.id())) {
            throw new IllegalArgumentException("replace keeps the pairing's id");
        }
        return byId.replace(current.id(), current, updated);
    }

    @Override
    public synchronized void deleteAllOf(ParticipantId person) {
        byId.values().removeIf(p -> p.involves(person));
    }
}
