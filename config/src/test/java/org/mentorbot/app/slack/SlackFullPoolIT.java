package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mentorbot.slack.interaction.RefusedWork;
import org.mentorbot.slack.interaction.SlackBot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Clicks at 100 a second into an after-ack pool that cannot keep up (2 threads, 10 waiting, a
 * Slack that takes 100 ms a call): every click is acknowledged and every person gets exactly one
 * answer — the press's own, or "press again" for those the pool refused, which are counted.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = {"mentorbot.slack.after-ack-threads=2", "mentorbot.slack.after-ack-queue=10"})
class SlackFullPoolIT extends SlackEndToEnd {

    static final int CLICKS = 300;
    static final String PRESS_AGAIN = "press the button again in a minute";

    @Autowired
    SlackBot slackBot;

    @Test
    void clicksThePoolCannotTakeAreAnsweredWithPressAgain() {
        long refusedBefore = slackBot.refusedWork().count(RefusedWork.Reason.POOL_FULL);
        List<String> answerUrls = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        SLACK.slowness(Duration.ofMillis(100));
        try {
            long start = System.nanoTime();
            for (int i = 0; i < CLICKS; i++) {
                SlackRequests.Body click = clickBody("UPOOL" + i, "checkin.met", "checkin-pool-" + i, "GPOOL", "1700000400.000100");
                answerUrls.add(payloadOf(click).path("response_url").asText());
                long due = start + Duration.ofMillis(10L * i).toNanos();
                sleep(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
                sent.add(requests().sendAsync(click, requests().signedHeaders(click, Instant.now().getEpochSecond())));
            }
            assertThat(sent).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
            await(() -> answerUrls.stream().filter(url -> responsesTo(url).isEmpty()).count(), n -> n == 0, "an answer to every click");
        } finally {
            SLACK.slowness(Duration.ZERO);
        }
        sleep(Duration.ofMillis(500));

        assertThat(answerUrls).allSatisfy(url -> assertThat(responsesTo(url)).hasSize(1));
        long pressAgain = answerUrls.stream().filter(url -> responsesTo(url).get(0).body().contains(PRESS_AGAIN)).count();
        long refused = slackBot.refusedWork().count(RefusedWork.Reason.POOL_FULL) - refusedBefore;
        System.out.printf("Full pool: %d clicks, %d answered by the bot, %d told to press again%n", CLICKS, CLICKS - pressAgain, pressAgain);
        assertThat(pressAgain).isPositive().isEqualTo(refused);
    }
}
