package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.slack.interaction.RefusedWork;
import org.mentorbot.slack.interaction.SlackBot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Check-in clicks while Redis is down: each is acknowledged, and each person is told privately,
 * beside the message (or on top of their App Home), that the press changed nothing and to press
 * again — none is lost in silence. The refusals are counted. Once Redis is back, a press counts.
 * A press whose work Redis fails after the press was marked is told the same, and not kept as
 * pressed: pressing again at once counts. The Redis is the test's own ({@link PrivateRedis}),
 * stopped and started, or made to refuse a command, by the test.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SlackRedisOutageIT extends SlackEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();
    static final String PRESS_AGAIN = "press the button again";

    @Autowired
    SlackBot slackBot;

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void clicksDuringARedisOutageAreAnsweredWithPressAgainAndThePressAfterItCounts() {
        assertThat(command("UOUTAGE0", "help").response().statusCode()).isEqualTo(200);
        long refusedBefore = slackBot.refusedWork().count(RefusedWork.Reason.STORE_DOWN);
        List<String> answerUrls = new ArrayList<>();

        REDIS.stop();
        try {
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            long now = Instant.now().getEpochSecond();
            for (int i = 0; i < 40; i++) {
                SlackRequests.Body click = clickBody("UOUTAGE" + (i % 4), "checkin.met", "checkin-outage", "GOUTAGE",
                        "1700000300." + String.format("%06d", i));
                answerUrls.add(payloadOf(click).path("response_url").asText());
                sent.add(requests().sendAsync(click, requests().signedHeaders(click, now)));
            }
            Sent inHome = clickInHome("UOUTAGEHOME", "checkin.met", "checkin-outage");
            assertThat(sent).allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
            assertThat(inHome.response().statusCode()).isEqualTo(200);

            for (String url : answerUrls) {
                awaitResponse(url);
            }
            sleep(Duration.ofMillis(500));
            assertThat(answerUrls).allSatisfy(url -> assertThat(responsesTo(url)).singleElement()
                    .satisfies(answer -> assertThat(answer.json(null).path("text").asText()).contains(PRESS_AGAIN)));
            assertThat(awaitOne("views.publish", c -> c.param("user_id").equals("UOUTAGEHOME")).param("view")).contains(PRESS_AGAIN);
            assertThat(slackBot.refusedWork().count(RefusedWork.Reason.STORE_DOWN) - refusedBefore).isEqualTo(41);
            assertThat(command("UOUTAGE1", "profile").json().path("text").asText()).contains("can't reach the program's records");
        } finally {
            REDIS.start();
        }

        Sent afterwards = click("UOUTAGE1", "checkin.met", "checkin-outage", "GOUTAGE", "1700000300.000999");
        assertThat(afterwards.response().statusCode()).isEqualTo(200);
        assertThat(awaitResponse(afterwards.responseUrl()).body()).doesNotContain(PRESS_AGAIN);
        System.out.printf("Redis outage: %d clicks acknowledged, %d told to press again%n", answerUrls.size() + 1,
                slackBot.refusedWork().count(RefusedWork.Reason.STORE_DOWN) - refusedBefore);
    }

    @Test
    void aPressWhoseWorkRedisFailsIsNotKeptSoPressingAgainAtOnceCounts() {
        assertThat(command("UHALFWAY", "help").response().statusCode()).isEqualTo(200);

        REDIS.refuse("hmget");
        Sent duringOutage;
        try {
            duringOutage = click("UHALFWAY", "checkin.met", "checkin-halfway", "GHALFWAY", "1700000400.000001");
            assertThat(duringOutage.response().statusCode()).isEqualTo(200);
            assertThat(awaitResponse(duringOutage.responseUrl()).body()).contains(PRESS_AGAIN);
        } finally {
            REDIS.allow("hmget");
        }

        Sent again = click("UHALFWAY", "checkin.met", "checkin-halfway", "GHALFWAY", "1700000400.000001");
        assertThat(again.response().statusCode()).isEqualTo(200);
        assertThat(awaitResponse(again.responseUrl()).body()).as("the same press, within its repeat window").doesNotContain(PRESS_AGAIN);
    }
}
