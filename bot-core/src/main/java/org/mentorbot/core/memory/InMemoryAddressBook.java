package org.mentorbot.core.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.people.ParticipantId;

/** Addresses in memory; lost at restart, so only for the embedded default and tests. */
public final class InMemoryAddressBook implements AddressBook {

    private final Map<ParticipantId, String> addresses = new ConcurrentHashMap<>();

    @Override
    public void remember(ParticipantId person, String address) {
        addresses.put(person, address);
    }

    @Override
    public Optional<String> addressOf(ParticipantId person) {
        return Optional.ofNullable(addresses.get(person));
    }

    @Override
    public void forget(ParticipantId person) {
        addresses.remove(person);
    }
}
