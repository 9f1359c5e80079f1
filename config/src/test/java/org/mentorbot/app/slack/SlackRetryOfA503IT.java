package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slack may retry an event with the very signature of its first delivery. When that delivery was
 * answered 503 (Redis refusing to record a leaver) it changed nothing, and its signature is not
 * kept as used: the retry is served and records the leaver, where it would otherwise be taken for
 * a delivery already handled. The Redis is the test's own ({@link PrivateRedis}).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SlackRetryOfA503IT extends SlackEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();

    @Autowired
    Stores stores;

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void aRetryThatRepeatsTheSignatureOfA503RecordsTheLeaver() {
        SLACK.person("USAMESIG", "Sam", "Europe/Paris");
        join("USAMESIG", Map.of("role", "mentee", "skills_wanted", "ada", "level", "2"));
        SlackRequests.Body deactivated = SlackRequests.event("user-change-deactivated.json",
                Map.of("user_id", "USAMESIG", "event_id", unique("EvSAMESIG"), "event_ts", "1700000005.000100"));
        Map<String, String> signed = requests().signedHeaders(deactivated, Instant.now().getEpochSecond());
        Map<String, String> retry = new LinkedHashMap<>(signed);
        retry.put("X-Slack-Retry-Num", "1");
        retry.put("X-Slack-Retry-Reason", "http_error");

        REDIS.refuse("hsetnx");
        HttpResponse<String> duringOutage;
        try {
            duringOutage = requests().sendRaw(deactivated, signed);
        } finally {
            REDIS.allow("hsetnx");
        }
        HttpResponse<String> retried = requests().sendRaw(deactivated, retry);
        HttpResponse<String> retriedAgain = requests().sendRaw(deactivated, retry);

        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retriedAgain.statusCode()).as("served: its signature is used now").isEqualTo(200);
        assertThat(stores.leavers().all()).singleElement().extracting(Leaver::person).isEqualTo(new ParticipantId("slack:USAMESIG"));
    }
}
