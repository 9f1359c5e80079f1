package org.mentorbot.core.conversation;

import java.util.Optional;
import org.mentorbot.core.people.ParticipantId;

/**
 * Where the bot can reach a person on their own initiative: an opaque, platform-specific
 * address (a Teams conversation reference, serialised) kept from the person's first contact.
 * Survives restarts in the persistent implementations.
 */
public interface AddressBook {

    /** Remembers the latest address for a person, replacing an older one. */
    void remember(ParticipantId person, String address);

    /** The person's address, or empty if they never talked to the bot. */
    Optional<String> addressOf(ParticipantId person);

    /** Forgets the person's address; nothing happens if there is none. */
    void forget(ParticipantId person);
}
