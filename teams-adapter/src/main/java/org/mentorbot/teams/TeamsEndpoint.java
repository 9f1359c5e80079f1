package org.mentorbot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.mentorbot.teams.delivery.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging endpoint, without the web framework: reads the activity, has the Bot
 * Framework adapter authenticate it and run the bot, and says which HTTP answer that makes.
 * Unreadable JSON or an activity without the fields Teams always sends is a 400; anything that
 * goes wrong before the bot's turn starts (no token, a malformed or wrong token, validation that
 * cannot finish within {@code authTimeout}) is a 401, and then the turn never runs, so nothing
 * changes.
 */
public final class TeamsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;
    private final ObjectMapper json;
    private final Duration authTimeout;

    public TeamsEndpoint(BotFrameworkHttpAdapter adapter, Bot bot, ObjectMapper json, Duration authTimeout) {
        this.adapter = adapter;
        this.bot = bot;
        this.json = json;
        this.authTimeout = authTimeout;
    }

    /** An HTTP answer: status and a JSON body (possibly empty). */
    public record Answer(int status, String body) {
        static Answer of(int status, String message) {
            return new Answer(status, ERRORS.createObjectNode().put("error", message).toString());
        }
    }

    private static final ObjectMapper ERRORS = new ObjectMapper();

    public Answer handle(String authorization, String body) {
        Optional<Activity> activity = read(body);
        if (activity.isEmpty()) {
            return Answer.of(400, "the body is not a JSON activity");
        }
        Optional<String> problem = ActivityShape.problem(activity.get());
        if (problem.isPresent()) {
            return Answer.of(400, problem.get());
        }
        return run(authorization == null ? "" : authorization, activity.get());
    }

    private Answer run(String authorization, Activity activity) {
        AtomicReference<Turn> turn = new AtomicReference<>(Turn.PENDING);
        Bot guarded = context -> turn.compareAndSet(Turn.PENDING, Turn.STARTED)
                ? bot.onTurn(context) : CompletableFuture.completedFuture(null);
        CompletableFuture<InvokeResponse> processing;
        try {
            processing = adapter.processIncomingActivity(authorization, activity, guarded);
        } catch (RuntimeException rejected) {
            return unauthorized(rejected);
        }
        try {
            return answer(processing.get(authTimeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException slow) {
            if (turn.compareAndSet(Turn.PENDING, Turn.ABANDONED)) {
                return unauthorized(slow);
            }
            return awaitTurn(processing, activity);
        } catch (ExecutionException failed) {
            return turn.get() == Turn.STARTED ? turnFailed(failed.getCause(), activity) : unauthorized(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Answer.of(503, "interrupted");
        }
    }

    private Answer awaitTurn(CompletableFuture<InvokeResponse> processing, Activity activity) {
        try {
            return answer(processing.get());
        } catch (ExecutionException failed) {
            return turnFailed(failed.getCause(), activity);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Answer.of(503, "interrupted");
        }
    }

    private Answer answer(InvokeResponse invoke) {
        if (invoke == null) {
            return new Answer(200, "");
        }
        try {
            return new Answer(invoke.getStatus(), invoke.getBody() == null ? "" : json.writeValueAsString(invoke.getBody()));
        } catch (JsonProcessingException unwritable) {
            return new Answer(invoke.getStatus(), "");
        }
    }

    private Answer unauthorized(Throwable why) {
        log.info("Rejected a Teams request that was not authenticated: {}", why.toString());
        return Answer.of(401, "unauthorized");
    }

    /** The activity was handled, but a reply could not be delivered or the bot failed. */
    private Answer turnFailed(Throwable cause, Activity activity) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof SendFailedException)) {
            root = root.getCause();
        }
        if (root instanceof SendFailedException undelivered) {
            log.error("Handled Teams activity {} in conversation {}, but the reply could not be delivered: {}",
                    activity.getId(), activity.getConversation().getId(), undelivered.getMessage());
            return new Answer(200, "");
        }
        log.error("Teams activity {} in conversation {} failed", activity.getId(), activity.getConversation().getId(), cause);
        return Answer.of(500, "the bot failed to handle the activity");
    }

    private Optional<Activity> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, Activity.class));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private enum Turn { PENDING, STARTED, ABANDONED }
}
