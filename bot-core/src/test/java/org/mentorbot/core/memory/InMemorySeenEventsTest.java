package org.mentorbot.core.memory;

import java.time.Duration;
import java.time.Instant;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.conversation.SeenEventsContract;
import org.mentorbot.core.testkit.TestClock;

class InMemorySeenEventsTest extends SeenEventsContract {

    private final TestClock clock = new TestClock(Instant.parse("2026-01-05T08:00:00Z"));

    @Override
    protected SeenEvents newStore() {
        return new InMemorySeenEvents(clock);
    }

    @Override
    protected void letPass(Duration ttl) {
        clock.advance(ttl.plusMillis(1));
    }
}
