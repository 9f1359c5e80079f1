package org.mentorbot.core.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/** Check-ins in memory; the first answer wins through an atomic compute. */
public final class InMemoryCheckInStore implements CheckInStore {

    private final Map<CheckInId, CheckIn> byId = new ConcurrentHashMap<>();

    @Override
    public void save(CheckIn checkIn) {
        byId.put(checkIn.id(), checkIn);
    }

    @Override
    public Optional<CheckIn> find(CheckInId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<CheckIn> answer(CheckInId id, CheckIn.Answer answer) {
        return Optional.ofNullable(byId.computeIfPresent(id, (key, stored) -> stored.answer() != null
                ? stored
                : new CheckIn(stored.id(), stored.pair(), stored.sentAt(), answer)));
    }

    @Override
    public List<CheckIn> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public void reattribute(Collection<PairId> pairs, ParticipantId from, ParticipantId to) {
        byId.replaceAll((id, c) -> pairs.contains(c.pair()) && c.answer() != null && c.answer().by().equals(from)
                ? new CheckIn(c.id(), c.pair(), c.sentAt(), new CheckIn.Answer(c.answer().outcome(), to, c.answer().at()))
                : c);
    }
}
