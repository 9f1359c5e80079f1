package org.mentorbot.teams;

import java.util.Optional;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.StoreUnavailableException;

/**
 * An address book behind a switch: while it is {@link #down()} every call throws
 * {@link StoreUnavailableException} and changes nothing; {@link #up()} brings it back with what it
 * held. Every message in a personal chat writes here, so this fails a turn that got past its mark.
 */
final class AddressesWithOutage implements AddressBook {

    private final AddressBook addresses;
    private volatile boolean down;

    AddressesWithOutage(AddressBook addresses) {
        this.addresses = addresses;
    }

    void down() {
        down = true;
    }

    void up() {
        down = false;
    }

    @Override
    public void remember(ParticipantId person, String address) {
        answering();
        addresses.remember(person, address);
    }

    @Override
    public Optional<String> addressOf(ParticipantId person) {
        answering();
        return addresses.addressOf(person);
    }

    @Override
    public void forget(ParticipantId person) {
        answering();
        addresses.forget(person);
    }

    private void answering() {
        if (down) {
            throw new StoreUnavailableException("the address book is down", null);
        }
    }
}
