package org.mentorbot.core.memory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.outcomes.LeaverStore;
import org.mentorbot.core.people.ParticipantId;

/** Leavers in memory, one per person. */
public final class InMemoryLeaverStore implements LeaverStore {

    private final Map<ParticipantId, Leaver> leavers = new ConcurrentHashMap<>();

    @Override
    public boolean record(Leaver leaver) {
        return leavers.putIfAbsent(leaver.person(), leaver) == null;
    }

    @Override
    public List<Leaver> all() {
        return List.copyOf(leavers.values());
    }

    @Override
    public void delete(ParticipantId person) {
        leavers.remove(person);
    }
}
