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
        for (int attempt = 1; ; attempt++) {
            ConnectorFailure failure;
            Throwable thrown;
            try {
                pacer.acquire(conversationId);
                return call.get().get();
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
            pause(policy.waitAfter(attempt, failure, random), conversationId, failure);
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
