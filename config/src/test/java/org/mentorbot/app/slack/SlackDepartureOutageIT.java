package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deactivated account while Redis cannot record leavers: the event is answered 503 with nothing
 * recorded, so that Slack delivers it again, and Slack's retries once Redis serves again record the
 * leaver, once. The Redis is the test's own ({@link PrivateRedis}), made to refuse the one command
 * that records a leaver while every other one (the event's signature, the person's profile) works.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SlackDepartureOutageIT extends SlackEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void aDeactivationRedisCannotRecordIsAnswered503AndSlacksRetryRecordsTheLeaverOnce() {
        SLACK.person("UOUTLEAVER", "Lou", "Europe/Paris");
        join("UOUTLEAVER", Map.of("role", "mentee", "skills_wanted", "ada", "level", "2"));
        SlackRequests.Body deactivated = SlackRequests.event("user-change-deactivated.json",
                Map.of("user_id", "UOUTLEAVER", "event_id", unique("EvOUTLEAVE"), "event_ts", "1700000004.000100"));
        long now = Instant.now().getEpochSecond();

        REDIS.refuse("hsetnx");
        HttpResponse<String> duringOutage;
        try {
            duringOutage = requests().send(deactivated, now, Map.of());
        } finally {
            REDIS.allow("hsetnx");
        }
        HttpResponse<String> retried = requests().send(deactivated, now + 1,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"));
        HttpResponse<String> retriedAgain = requests().send(deactivated, now + 2,
                Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(duringOutage.statusCode()).as("nothing recorded: Slack is to deliver it again").isEqualTo(503);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retriedAgain.statusCode()).isEqualTo(200);
        assertThat(awaitResponse(command(SlackReportIT.ADMIN, "report").responseUrl()).body())
                .contains("Left the organisation: 1 of 1 participants");
    }
}
