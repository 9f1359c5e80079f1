package org.mentorbot.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.choice.MentorRequestStore;
import org.mentorbot.core.choice.RequestId;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.ParticipantId;

/**
 * Requests in memory. Holding a seat and resolving a request are serialised, and count the
 * mentor's open pairings in the program's pairing store, so the seat check and the insert are one step.
 */
public final class InMemoryMentorRequestStore implements MentorRequestStore {

    private final PairingStore pairings;
    private final Map<RequestId, MentorRequest> byId = new ConcurrentHashMap<>();
    private final Set<RequestId> holding = ConcurrentHashMap.newKeySet();
    private final Map<ParticipantId, List<ParticipantId>> suggested = new ConcurrentHashMap<>();
    /** Pending requests by due time: the due-time index. */
    private final NavigableSet<Due> dueIndex = new ConcurrentSkipListSet<>(
            Comparator.comparing(Due::at).thenComparing(d -> d.id().value()));

    private record Due(Instant at, RequestId id) {
    }

    public InMemoryMentorRequestStore(PairingStore pairings) {
        this.pairings = pairings;
    }

    @Override
    public synchronized HoldOutcome hold(MentorRequest request, int mentorCapacity) {
        if (byId.containsKey(request.id())) {
            throw new IllegalArgumentException("a request with id " + request.id() + " is already stored");
        }
        boolean menteePending = byId.values().stream()
                .anyMatch(r -> r.mentee().equals(request.mentee()) && r.status() == MentorRequest.Status.PENDING);
        if (menteePending) {
            return HoldOutcome.MENTEE_HAS_PENDING;
        }
        long open = pairings.of(request.mentor()).stream().filter(p -> p.mentor().equals(request.mentor()) && p.status().isOpen()).count();
        long held = holding.stream().map(byId::get).filter(r -> r.mentor().equals(request.mentor())).count();
        if (open + held >= mentorCapacity) {
            return HoldOutcome.MENTOR_FULL;
        }
        byId.put(request.id(), request);
        holding.add(request.id());
        dueIndex.add(new Due(request.dueAt(), request.id()));
        return HoldOutcome.HELD;
    }

    @Override
    public Optional<MentorRequest> find(RequestId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<MentorRequest> of(ParticipantId person) {
        return byId.values().stream().filter(r -> r.involves(person)).toList();
    }

    @Override
    public List<MentorRequest> holdingSeats() {
        return holding.stream().map(byId::get).toList();
    }

    @Override
    public synchronized boolean resolve(RequestId id, MentorRequest.Status to, Instant at) {
        MentorRequest current = byId.get(id);
        if (current == null || current.status() != MentorRequest.Status.PENDING || to == MentorRequest.Status.PENDING) {
            return false;
        }
        byId.put(id, current.resolved(to, at));
        dueIndex.remove(new Due(current.dueAt(), id));
        if (to != MentorRequest.Status.ACCEPTED) {
            holding.remove(id);
        }
        return true;
    }

    @Override
    public synchronized void release(RequestId id) {
        holding.remove(id);
    }

    @Override
    public List<MentorRequest> due(Instant now, int limit) {
        return dueIndex.stream().takeWhile(d -> !d.at().isAfter(now)).limit(limit).map(d -> byId.get(d.id()))
                .filter(r -> r != null && r.status() == MentorRequest.Status.PENDING).toList();
    }

    @Override
    public void suggest(ParticipantId mentee, List<ParticipantId> mentors) {
        suggested.put(mentee, List.copyOf(mentors));
    }

    @Override
    public List<ParticipantId> suggestions(ParticipantId mentee) {
        return suggested.getOrDefault(mentee, List.of());
    }

    @Override
    public synchronized void deleteAllOf(ParticipantId person) {
        Set<RequestId> gone = new HashSet<>();
        byId.values().stream().filter(r -> r.involves(person)).forEach(r -> gone.add(r.id()));
        gone.forEach(byId::remove);
        dueIndex.removeIf(d -> gone.contains(d.id()));
        holding.removeAll(gone);
        suggested.remove(person);
        suggested.replaceAll((mentee, mentors) -> mentors.stream().filter(m -> !m.equals(person)).toList());
    }
}
