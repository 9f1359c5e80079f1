package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /actuator/prometheus} after a mentor and a mentee joined over Slack, an admin matched them (the
 * introduction went out through Slack) and the test's own Redis was down for a moment: every Mentorbot metric
 * is there by name, and the ones this run moved have moved. (Spring Boot's tests export no metrics unless asked.)
 */
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PrometheusMetricsIT extends SlackEndToEnd {

    @RegisterExtension
    static final PrivateRedis REDIS = new PrivateRedis();

    @DynamicPropertySource
    static void onPrivateRedis(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.redis.url", REDIS::url);
    }

    @Test
    void servesEveryMentorbotMetricForPrometheus() throws Exception {
        SLACK.person("UMETRICMENTOR", "Mo", "UTC");
        SLACK.person("UMETRICMENTEE", "Nia", "UTC");
        join("UMETRICMENTOR", Map.of("role", "mentor", "skills_offered", "metrics", "timezone", "UTC"));
        join("UMETRICMENTEE", Map.of("role", "mentee", "skills_wanted", "metrics", "timezone", "UTC"));
        assertThat(awaitResponse(command("UADMIN", "match").responseUrl()).body()).contains("introduced");
        REDIS.stop();
        try {
            command("UMETRICMENTEE", "profile");
        } finally {
            REDIS.start();
        }

        String scraped = await(this::scrape, text -> text.contains("mentorbot_scheduler_tick_seconds_count{kind=\"check-ins\"}"),
                "a scheduler tick on the scrape");

        assertThat(scraped).contains(
                "mentorbot_messages_sent_total{platform=\"slack\"}",
                "mentorbot_messages_failed_total{platform=\"slack\"}",
                "mentorbot_work_refused_total{platform=\"slack\",reason=\"pool_full\"}",
                "mentorbot_work_refused_total{platform=\"slack\",reason=\"store_down\"}",
                "mentorbot_redis_errors_total",
                "mentorbot_scheduler_tick_seconds_count{kind=\"feedback-polls\"}",
                "mentorbot_scheduler_tick_seconds_max{kind=\"check-ins\"}",
                "mentorbot_scheduler_backlog{kind=\"check-ins\"}",
                "mentorbot_scheduler_look_seconds_count",
                "mentorbot_matching_round_seconds_count{program=\"default\"} 1");
        assertThat(value(scraped, "mentorbot_messages_sent_total{platform=\"slack\"}")).isPositive();
        assertThat(value(scraped, "mentorbot_redis_errors_total")).isPositive();
    }

    private String scrape() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static double value(String scraped, String series) {
        return scraped.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .orElseThrow(() -> new AssertionError(series + " is not in the scrape"));
    }
}
