package org.mentorbot.core.memory;

import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.AddressBookContract;

class InMemoryAddressBookTest extends AddressBookContract {

    @Override
    protected AddressBook newStore() {
        return new InMemoryAddressBook();
    }
}
