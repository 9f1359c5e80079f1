package org.mentorbot.core.memory;

import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.feedback.FeedbackStoreContract;

class InMemoryFeedbackStoreTest extends FeedbackStoreContract {

    @Override
    protected FeedbackStore newStore() {
        return new InMemoryFeedbackStore();
    }
}
