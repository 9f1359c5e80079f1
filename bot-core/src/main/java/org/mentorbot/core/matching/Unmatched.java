package org.mentorbot.core.matching;

import java.util.List;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * A mentee a round leaves waiting, and why: when no mentor fits at all, {@code rules} names each
 * rule that ruled a mentor out (each mentor counted under the first rule that fails, see
 * {@link Exclusion}); when mentors fit but are full, it is empty.
 */
public record Unmatched(ParticipantId mentee, UnmatchedReason reason, List<Exclusion> rules) {

    public Unmatched {
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(reason, "reason");
        rules = List.copyOf(rules);
    }

    public Unmatched(ParticipantId mentee, UnmatchedReason reason) {
        this(mentee, reason, List.of());
    }
}
