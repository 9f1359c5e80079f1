package org.mentorbot.teams.delivery;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call the bot makes to the Bot Connector goes through here, so that all of them keep
 * Teams' limits: paced per conversation, retried as {@link ConnectorFailure} and
 * {@link RetryPolicy} say, and reported as one {@link SendFailedException} when they finally
 * fail. A call is retried when the connector refused it or could not be reached; only a
 * connection lost after the connector accepted a message could make a retry post it twice.
 */
public final class ConnectorCalls {

    private static final Logger log = LoggerFactory.getLogger(ConnectorCalls.class);

    private final ConversationPacer pacer;
    private final RetryPolicy policy;
    private final Timeline timeline;
    private final RandomGenerator random;

    public ConnectorCalls(ConversationPacer pacer, RetryPolicy policy, Timeline timeline, RandomGenerator random) {
        this.pacer = pacer;
        this.policy = policy;
        this.timeline = timeline;
        this.random = random;
    }

    /** Runs {@code call} (a fresh attempt each time) in {@code conversationId}; returns its result or throws. */
    public <T> T call(String conversationId, Supplier<CompletableFuture<T>> call) {
        return callBy(conversationId, Long.MAX_VALUE, call).result();
    }

    /** A {@link Timeline} reading {@code after} from now, for {@link #callBy}. */
    public long deadlineAfter(Duration after) {
        return timeline.nanoTime() + after.toNanos();
    }

    /**
     * As {@link #call}, but never waits past {@code deadline} (from {@link #deadlineAfter}): when
     * the conversation's pace or a retry's backoff would make the next attempt start later, it gives
     * up before that attempt and answers {@link Outcome#sent()} false. An attempt that failed before
     * may still have reached the connector (a connection lost after it accepted), as with a retry.
     * Throws {@link SendFailedException} when the call finally failed within the deadline.
     */
    public <T> Outcome<T> callBy(String conversationId, long deadline, Supplier<CompletableFuture<T>> call) {
        for (int attempt = 1; ; attempt++) {
            ConnectorFailure failure;
            Throwable thrown;
            try {
                if (!pacer.acquireBy(conversationId, deadline)) {
                    return Outcome.notSent();
                }
                return Outcome.sent(call.get().get());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SendFailedException("interrupted while sending", interrupted);
            } catch (ExecutionException | RuntimeException failed) {
                thrown = failed;
                failure = ConnectorFailure.of(failed);
            }
            if (!failure.retryable() || attempt >= policy.maxAttempts()) {
                throw new SendFailedException(failure.reason() + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), thrown);
            }
            Duration wait = policy.waitAfter(attempt, failure, random);
            if (timeline.nanoTime() + wait.toNanos() - deadline > 0) {
                return Outcome.notSent();
            }
            pause(wait, conversationId, failure);
        }
    }

    /** Whether a call was made by its deadline, and its result then. */
    public record Outcome<T>(boolean sent, T value) {
        static <T> Outcome<T> sent(T value) {
            return new Outcome<>(true, value);
        }

        static <T> Outcome<T> notSent() {
            return new Outcome<>(false, null);
        }

        T result() {
            if (!sent) {
                throw new IllegalStateException("a call without a deadline is always made");
            }
            return value;
        }
    }

    private void pause(Duration wait, String conversationId, ConnectorFailure failure) {
        log.debug("Retrying a send to conversation {} in {} ms: {}", conversationId, wait.toMillis(), failure.reason());
        try {
            timeline.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while waiting to retry", interrupted);
        }
    }
}
