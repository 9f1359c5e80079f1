package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.AddressBookContract;

class RedisAddressBookIT extends AddressBookContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected AddressBook newStore() {
        return REDIS.newStores().addressBook();
    }
}
