package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.conversation.SeenEventsContract;

class RedisSeenEventsIT extends SeenEventsContract {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    @Override
    protected SeenEvents newStore() {
        return REDIS.newStores().seenEvents();
    }

    @Override
    protected void letPass(Duration ttl) throws InterruptedException {
        Thread.sleep(ttl.plusMillis(50).toMillis());
    }

    @Test
    void anEventIsRememberedForAPositiveTimeOnly() {
        SeenEvents seen = newStore();

        assertThatThrownBy(() -> seen.firstSighting("slack:Ev01", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
