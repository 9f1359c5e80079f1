package org.mentorbot.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.feedback.FeedbackStoreContract;

class RedisFeedbackStoreIT extends FeedbackStoreContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected FeedbackStore newStore() {
        return REDIS.newStores().feedback();
    }
}
