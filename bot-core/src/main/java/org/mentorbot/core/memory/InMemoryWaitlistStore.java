package org.mentorbot.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.mentorbot.core.matching.WaitingMentee;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.people.ParticipantId;

/** The waitlist in memory. */
public final class InMemoryWaitlistStore implements WaitlistStore {

    private final Map<ParticipantId, WaitingMentee> waiting = new ConcurrentHashMap<>();

    @Override
    public Map<ParticipantId, WaitingMentee> all() {
        return Map.copyOf(waiting);
    }

    @Override
    public Optional<WaitingMentee> find(ParticipantId mentee) {
        return Optional.ofNullable(waiting.get(mentee));
    }

    @Override
    public void update(ParticipantId mentee, UnaryOperator<WaitingMentee> change) {
        waiting.compute(mentee, (id, current) -> change.apply(current));
    }

    @Override
    public void remove(ParticipantId mentee) {
        waiting.remove(mentee);
    }
}
