package org.mentorbot.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** Retries as Teams asks: Retry-After when given, else exponential backoff with jitter; only retryable statuses. */
class ConnectorCallsTest {

    private final VirtualTimeline timeline = new VirtualTimeline();
    private final ConnectorCalls calls = new ConnectorCalls(new ConversationPacer(List.of(new RateWindow(1000, Duration.ofSeconds(1))), timeline),
            new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(30)), timeline, new SplittableRandom(7));

    @Test
    void aRetryAfterIsHonouredExactly() {
        Deque<CompletableFuture<String>> answers = answers(refused(429, "3"), CompletableFuture.completedFuture("sent"));

        assertThat(calls.call("a:chat", answers::pop)).isEqualTo("sent");
        assertThat(timeline.waits).contains(Duration.ofSeconds(3));
    }

    @Test
    void withoutRetryAfterTheWaitsGrowExponentiallyWithJitter() {
        Deque<CompletableFuture<String>> answers = answers(refused(503, null), refused(502, null), refused(412, null),
                failed(new ConnectException("refused")), CompletableFuture.completedFuture("sent"));

        assertThat(calls.call("a:chat", answers::pop)).isEqualTo("sent");
        List<Duration> backoffs = timeline.waits.stream().filter(d -> !d.isNegative() && !d.isZero()).toList();
        assertThat(backoffs).hasSize(4);
        for (int attempt = 0; attempt < 4; attempt++) {
            Duration ceiling = Duration.ofMillis(100L << attempt);
            assertThat(backoffs.get(attempt)).isBetween(ceiling.dividedBy(2), ceiling);
        }
    }

    @Test
    void aForbiddenSendFailsAtOnceWithTheReason() {
        Deque<CompletableFuture<String>> answers = answers(refused(403, null), CompletableFuture.completedFuture("never"));

        assertThatThrownBy(() -> calls.call("a:chat", answers::pop)).isInstanceOf(SendFailedException.class)
                .hasMessageContaining("HTTP 403");
        assertThat(answers).hasSize(1);
    }

    @Test
    void aSendThatKeepsBeingThrottledFinallyFailsAfterTheLastAttempt() {
        assertThatThrownBy(() -> calls.call("a:chat", () -> refused(429, "1"))).isInstanceOf(SendFailedException.class)
                .hasMessageContaining("HTTP 429").hasMessageContaining("after 5 attempts");
    }

    @Test
    void retryAfterAlsoComesAsAnHttpDate() {
        assertThat(ConnectorFailure.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(ConnectorFailure.retryAfter("soon")).isEmpty();
    }

    @SafeVarargs
    private static Deque<CompletableFuture<String>> answers(CompletableFuture<String>... answers) {
        return new ArrayDeque<>(List.of(answers));
    }

    private static CompletableFuture<String> refused(int status, String retryAfter) {
        Headers headers = retryAfter == null ? Headers.of() : Headers.of("Retry-After", retryAfter);
        Response<ResponseBody> response = Response.error(ResponseBody.create("{}", MediaType.get("application/json")),
                new okhttp3.Response.Builder().code(status).message("refused").protocol(okhttp3.Protocol.HTTP_1_1)
                        .headers(headers).request(new okhttp3.Request.Builder().url("http://127.0.0.1/v3").build()).build());
        return failed(new ErrorResponseException("Status code " + status, response));
    }

    private static CompletableFuture<String> failed(Throwable why) {
        return CompletableFuture.failedFuture(why);
    }
}
