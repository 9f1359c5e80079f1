package org.mentorbot.core.people;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The people who run the program: they see stats, run matching and get alerts about pairs that need help. */
public record Admins(Set<ParticipantId> ids) {

    public Admins {
        ids = Set.copyOf(ids);
    }

    /** Reads {@code slack:U0123ABCD, teams:<aadObjectId>}; blank entries are skipped. */
    public static Admins parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return new Admins(Set.of());
        }
        return new Admins(Set.copyOf(Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(ParticipantId::new).toList()));
    }

    public boolean includes(ParticipantId person) {
        return ids.contains(person);
    }

    /** In a stable order, for messages. */
    public List<ParticipantId> list() {
        return List.copyOf(new TreeSet<>(ids));
    }
}
