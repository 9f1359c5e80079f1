package org.mentorbot.core.people;

import java.util.List;
import java.util.Optional;

/**
 * Everyone enrolled in the program. Every method throws
 * {@link org.mentorbot.core.people.StoreUnavailableException} when the store cannot be reached,
 * having changed nothing.
 */
public interface ParticipantStore {

    Optional<Participant> find(ParticipantId id);

    /** Stores the participant, replacing an earlier record with the same id: one record per person. */
    void save(Participant participant);

    /** Everyone, in no particular order. */
    List<Participant> all();

    /** Erases the person's record; answers whether there was one. */
    boolean delete(ParticipantId id);
}
