package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Work after the turn is bounded: what fits runs, what does not is refused, never dropped silently. */
class DeferredWorkTest {

    @Test
    void workThatFitsRunsAndTheRestIsRefused() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (DeferredWork afterTurn = new DeferredWork("test-work", 1, 1)) {
            assertThat(afterTurn.submit("busy", () -> {
                started.countDown();
                await(release);
                ran.add("busy");
            })).isTrue();
            started.await();
            assertThat(afterTurn.submit("queued", () -> ran.add("queued"))).isTrue();

            assertThat(afterTurn.submit("one too many", () -> ran.add("one too many"))).isFalse();
            release.countDown();
        }

        assertThat(ran).containsExactly("busy", "queued");
    }

    @Test
    void aFailingTaskDoesNotStopTheNextOne() {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (DeferredWork afterTurn = new DeferredWork("test-work", 1, 2)) {
            afterTurn.submit("failing", () -> {
                throw new IllegalStateException("the store went away");
            });
            afterTurn.submit("next", () -> ran.add("next"));
        }

        assertThat(ran).containsExactly("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
