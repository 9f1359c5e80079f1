package org.mentorbot.core.memory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;

/** Participants in memory: the embedded default, and the fake for core tests. Lost at restart. */
public final class InMemoryParticipantStore implements ParticipantStore {

    private final Map<ParticipantId, Participant> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Participant> find(ParticipantId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void save(Participant participant) {
        byId.put(participant.id(), participant);
    }

    @Override
    public List<Participant> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public boolean delete(ParticipantId id) {
        return byId.remove(id) != null;
    }
}
