package org.mentorbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationPacerTest {

    private final VirtualTimeline timeline = new VirtualTimeline();
    private final ConversationPacer pacer = new ConversationPacer(RateWindow.TEAMS_PER_CONVERSATION, timeline);

    @Test
    void sevenMessagesGoAtOnceAndTheEighthWaitsASecond() throws Exception {
        List<Long> sentAt = send("a:chat", 8);

        assertThat(sentAt.subList(0, 7)).containsOnly(0L);
        assertThat(sentAt.get(7)).isEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void noTwoSecondWindowHoldsMoreThanEightAndNoHalfMinuteMoreThanSixty() throws Exception {
        List<Long> sentAt = send("a:chat", 120);

        assertThat(maxIn(sentAt, Duration.ofSeconds(1))).isLessThanOrEqualTo(7);
        assertThat(maxIn(sentAt, Duration.ofSeconds(2))).isLessThanOrEqualTo(8);
        assertThat(maxIn(sentAt, Duration.ofSeconds(30))).isLessThanOrEqualTo(60);
    }

    @Test
    void aSlotPastTheDeadlineIsNeitherWaitedForNorCounted() throws Exception {
        send("a:chat", 7);
        int waitsBefore = timeline.waits.size();

        assertThat(pacer.acquireBy("a:chat", timeline.nanoTime() + Duration.ofMillis(999).toNanos())).isFalse();
        assertThat(timeline.waits).hasSize(waitsBefore);
        assertThat(pacer.acquireBy("a:chat", timeline.nanoTime() + Duration.ofSeconds(1).toNanos())).isTrue();
        assertThat(timeline.nanoTime()).isEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void conversationsArePacedSeparately() throws Exception {
        send("a:one", 7);

        assertThat(send("a:two", 7)).containsOnly(0L);
    }

    private List<Long> send(String conversation, int count) throws InterruptedException {
        List<Long> sentAt = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pacer.acquire(conversation);
            sentAt.add(timeline.nanoTime());
        }
        return sentAt;
    }

    private static int maxIn(List<Long> times, Duration window) {
        int max = 0;
        for (int i = 0; i < times.size(); i++) {
            int inWindow = 0;
            for (long t : times) {
                if (t >= times.get(i) && t < times.get(i) + window.toNanos()) {
                    inWindow++;
                }
            }
            max = Math.max(max, inWindow);
        }
        return max;
    }
}
