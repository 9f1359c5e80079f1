package org.mentorbot.core.memory;

import org.mentorbot.core.choice.MentorRequestStoreContract;

class InMemoryMentorRequestStoreTest extends MentorRequestStoreContract {

    @Override
    protected Space newSpace() {
        InMemoryPairingStore pairings = new InMemoryPairingStore();
        return new Space(pairings, new InMemoryMentorRequestStore(pairings));
    }
}
