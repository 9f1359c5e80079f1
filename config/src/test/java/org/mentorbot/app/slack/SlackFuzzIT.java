package org.mentorbot.app.slack;

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

/**
 * Thousands of correctly signed but broken Slack bodies ({@link FuzzedPayloads}) sent to
 * {@code /slack/events} over loopback, eight at a time: none may be answered with a 5xx, and none
 * may make the bot log an ERROR (a client's mistake is no failure of ours). Reproducible:
 * {@code -Dfuzz.seed=N}; bounded: {@code -Dfuzz.count=N} (default 2,000). Prints the counts. Some
 * bodies are well-formed enough to enrol people; they stay in this test's own application.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SlackFuzzIT extends SlackEndToEnd {

    @Test
    void noSignedBodyMakesTheEndpointFail(CapturedOutput log) {
        long seed = Long.getLong("fuzz.seed", 20_251_129L);
        int count = Integer.getInteger("fuzz.count", 2_000);
        FuzzedPayloads payloads = new FuzzedPayloads(seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> failures = new TreeMap<>();

        for (int sent = 0; sent < count; sent += 8) {
            List<FuzzedPayloads.Fuzzed> batch = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < Math.min(8, count - sent); i++) {
                FuzzedPayloads.Fuzzed fuzzed = payloads.next();
                batch.add(fuzzed);
                answers.add(requests().sendBytesAsync(fuzzed.body(), fuzzed.contentType()));
            }
            for (int i = 0; i < batch.size(); i++) {
                int status = answers.get(i).join().statusCode();
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    failures.merge(batch.get(i).family(), 1, Integer::sum);
                }
            }
        }

        long fiveHundreds = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("Slack fuzz, seed %d: %d signed bodies, answered %s; %d with a 5xx%n", seed, count, statuses, fiveHundreds);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(failures).as("5xx by fixture").isEmpty();
        assertThat(log.getOut() + log.getErr()).doesNotContain(" ERROR ").doesNotContain(SlackMalformedIT.TOKEN);
    }
}
