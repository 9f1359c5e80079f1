package org.mentorbot.core.privacy;

import java.util.Map;
import java.util.Set;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;

/**
 * A feature's own records about people (thanks, recognition, playbook progress), so that
 * {@code export} and {@code delete me} cover them without knowing the feature.
 */
public interface PersonalRecords {

    /** What the feature holds about the person (and about their pairs), by name; empty when nothing. */
    Map<String, Object> export(ParticipantId person, Set<PairId> pairs);

    /** Erases what the feature holds about the person and their pairs. */
    void erase(ParticipantId person, Set<PairId> pairs);
}
