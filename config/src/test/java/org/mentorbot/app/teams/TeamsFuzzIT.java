package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A thousand and more broken Teams activities ({@link FuzzedActivities}) posted to
 * {@code /api/messages} in local mode over loopback, eight at a time: none may be answered with a
 * 5xx, and none may make the bot log an ERROR (a client's mistake is no failure of ours). Reproducible: {@code -Dfuzz.seed=N}; bounded: {@code -Dfuzz.count=N} (default 1,200).
 * Prints the answers by status and by family. Some activities are well-formed enough to enrol
 * people; they stay in this test's own application.
 */
@TestPropertySource(properties = "mentorbot.teams.after-turn.queue=203")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TeamsFuzzIT extends TeamsEndToEnd {

    @Test
    void noActivityMakesTheEndpointFail(CapturedOutput log) {
        long seed = Long.getLong("fuzz.seed", 20_251_130L);
        int count = Integer.getInteger("fuzz.count", 1_200);
        FuzzedActivities activities = new FuzzedActivities(teams, seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byFamily = new TreeMap<>();

        for (int sent = 0; sent < count; sent += 8) {
            List<FuzzedActivities.Fuzzed> batch = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < Math.min(8, count - sent); i++) {
                FuzzedActivities.Fuzzed fuzzed = activities.next();
                batch.add(fuzzed);
                answers.add(teams.postAsync(fuzzed.body()));
            }
            for (int i = 0; i < batch.size(); i++) {
                int status = answers.get(i).join().statusCode();
                statuses.merge(status, 1, Integer::sum);
                byFamily.computeIfAbsent(batch.get(i).family(), f -> new TreeMap<>()).merge(status, 1, Integer::sum);
            }
        }

        long fiveHundreds = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("Teams fuzz, seed %d: %d activities, answered %s; %d with a 5xx%n", seed, count, statuses, fiveHundreds);
        byFamily.forEach((family, answered) -> System.out.printf("  %-14s %s%n", family, answered));
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(byFamily).as("answers by family").allSatisfy((family, answered) ->
                assertThat(answered.keySet()).as(family).allMatch(status -> status < 500));
        assertThat(log.getOut() + log.getErr()).doesNotContain(" ERROR ");
    }
}
