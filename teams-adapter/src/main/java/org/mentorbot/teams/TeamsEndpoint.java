package org.mentorbot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.teams.auth.NotAuthenticatedException;
import org.mentorbot.teams.auth.RequestAuthentication;
import org.mentorbot.teams.delivery.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messaging endpoint, without the web framework: reads the activity, authenticates the
 * request, has the Bot Framework adapter run the bot's turn, and says which HTTP answer that
 * makes. Unreadable JSON, an activity without the fields Teams always sends or with a field the
 * bot cannot take ({@link ActivityShape}: too long an id, a malformed locale) is a 400; a request
 * that is not authenticated (no token, a malformed or wrong one, signing keys that cannot be
 * fetched in time) is a 401, and then the turn never runs, so nothing changes. A turn that
 * finds the state store unavailable is a 503: Teams may deliver the activity again, and that
 * delivery runs it (a failed turn is not taken as handled, {@link TeamsBot}).
 */
public final class TeamsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);

    private final BotFrameworkAdapter adapter;
    private final Bot bot;
    private final ObjectMapper json;
    private final RequestAuthentication authentication;
    private final ClaimsIdentity identity;

    /**
     * @param authentication decides whether a request may run a turn at all
     * @param identity       the bot as the adapter sees it in the turn: whom replies are sent as
     */
    public TeamsEndpoint(BotFrameworkAdapter adapter, Bot bot, ObjectMapper json, RequestAuthentication authentication,
                         ClaimsIdentity identity) {
        this.adapter = adapter;
        this.bot = bot;
        this.json = json;
        this.authentication = authentication;
        this.identity = identity;
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
        try {
            authentication.authenticate(authorization, activity.get().getServiceUrl(), activity.get().getChannelId());
        } catch (NotAuthenticatedException rejected) {
            // the reason may quote the token's claims: keep a forged token from writing log lines of its own
            log.info("Rejected a Teams request that was not authenticated: {}", rejected.getMessage().replaceAll("\\p{Cntrl}", "?"));
            return Answer.of(401, "unauthorized");
        }
        ActivityShape.tidy(activity.get());
        return run(activity.get());
    }

    private Answer run(Activity activity) {
        try {
            return answer(adapter.processActivity(identity, activity, bot::onTurn).get());
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

    /**
     * The activity was handled but a reply could not be delivered (200: handled is handled); the
     * state store could not be reached (503, so that Teams may deliver it again); or the bot
     * failed (500).
     */
    private Answer turnFailed(Throwable cause, Activity activity) {
        Optional<SendFailedException> undelivered = inChain(cause, SendFailedException.class);
        if (undelivered.isPresent()) {
            log.error("Handled Teams activity {} in conversation {}, but the reply could not be delivered: {}",
                    activity.getId(), activity.getConversation().getId(), undelivered.get().getMessage());
            return new Answer(200, "");
        }
        Optional<StoreUnavailableException> outage = inChain(cause, StoreUnavailableException.class);
        if (outage.isPresent()) {
            log.warn("Teams activity {} in conversation {} failed, the state store is unavailable: {}; answered 503",
                    activity.getId(), activity.getConversation().getId(), outage.get().getMessage());
            return Answer.of(503, "try again");
        }
        log.error("Teams activity {} in conversation {} failed", activity.getId(), activity.getConversation().getId(), cause);
        return Answer.of(500, "the bot failed to handle the activity");
    }

    /** Whether a turn that failed with {@code failure} still handled its activity: only a reply could not be delivered. */
    static boolean handledDespite(Throwable failure) {
        return inChain(failure, SendFailedException.class).isPresent();
    }

    private static <T extends Throwable> Optional<T> inChain(Throwable failure, Class<T> kind) {
        for (Throwable link = failure; link != null; link = link.getCause()) {
            if (kind.isInstance(link)) {
                return Optional.of(kind.cast(link));
            }
        }
        return Optional.empty();
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
}
