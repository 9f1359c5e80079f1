package org.mentorbot.core.people;

import java.util.UUID;

/**
 * Makes fresh ids for pairings, check-ins and polls. Injected, like the clock, so that
 * tests can replay a conversation with predictable ids.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new id, unique for the life of the program; never null. */
    String next(String kind);

    static IdGenerator random() {
        return kind -> kind + "-" + UUID.randomUUID();
    }
}
