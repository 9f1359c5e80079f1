package org.mentorbot.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.teams.cards.CardSubmits;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ConversationPacer;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.RateWindow;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.mentorbot.teams.delivery.TeamsMessenger;
import org.mentorbot.teams.delivery.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentorbot in Microsoft Teams, put together: the Bot Framework adapter that authenticates
 * each request, the {@link TeamsBot} that answers it, the {@link TeamsEndpoint} a web framework
 * serves at {@code POST /api/messages}, and the {@link Messenger} the program reaches Teams
 * users through. Both directions share one pace per conversation, so replies and proactive
 * messages together keep Teams' limits. With an app id every request is authenticated; local
 * mode turns authentication off (Bot Framework Emulator and tests only).
 */
public final class TeamsAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final ObjectMapper json = TeamsJson.mapper();
    private final ReplyActivities activities = new ReplyActivities(json);
    private final ConversationReferences references = new ConversationReferences(json);
    private final Duration authTimeout;
    private final BotFrameworkHttpAdapter adapter;
    private final ConnectorCalls calls;
    private final ProactiveMessages proactive;
    private final AddressBook addresses;
    private final DeferredWork afterTurn;

    private TeamsAdapter(Settings settings, AddressBook addresses) {
        this.authTimeout = settings.authTimeout();
        this.adapter = botFrameworkAdapter(settings);
        this.calls = new ConnectorCalls(new ConversationPacer(RateWindow.TEAMS_PER_CONVERSATION, Timeline.SYSTEM),
                settings.sending(), Timeline.SYSTEM, new SecureRandom());
        this.proactive = new ProactiveMessages(adapter, botIdentity(settings), calls);
        this.addresses = addresses;
        this.afterTurn = new DeferredWork("teams-after-turn", settings.afterTurnThreads(), settings.afterTurnQueue());
    }

    /**
     * The adapter, ready to send; {@link #endpoint} then lets it receive. The two are apart because
     * the program is built with its messengers, and the endpoint is built with the program.
     *
     * @param addresses where the personal chat of everyone who talks to the bot is kept, and read back to reach them
     */
    public static TeamsAdapter create(Settings settings, AddressBook addresses) {
        return new TeamsAdapter(settings, addresses);
    }

    /** Reaches {@code teams:} people in their personal chat with the bot. */
    public Messenger messenger() {
        return new TeamsMessenger(proactive, addresses, references, activities);
    }

    /**
     * The messaging endpoint, answering with {@code bot}.
     *
     * @param seen remembers the activities already handled, so that one Teams delivers twice runs once
     */
    public TeamsEndpoint endpoint(MentorBot bot, SeenEvents seen) {
        SlowCommands slowCommands = new SlowCommands(bot, afterTurn, proactive, activities, calls, TeamsCopy.english());
        TeamsBot teamsBot = new TeamsBot(bot, addresses, seen, references, activities, new CardSubmits(json), calls, slowCommands);
        return new TeamsEndpoint(adapter, teamsBot, json, authTimeout);
    }

    /** Queued commands get a few seconds to finish. */
    @Override
    public void close() {
        afterTurn.close();
    }

    private static BotFrameworkHttpAdapter botFrameworkAdapter(Settings settings) {
        SimpleCredentialProvider credentials;
        if (settings.local()) {
            log.warn("Teams LOCAL MODE: requests to /api/messages are NOT authenticated{}. Use it only with the Bot Framework "
                    + "Emulator and in tests, never on a public address.", settings.appId().isEmpty() ? "" : " and MICROSOFT_APP_ID is ignored");
            credentials = new SimpleCredentialProvider();
        } else {
            log.info("Teams is on at POST /api/messages for app id {}; every request is authenticated", settings.appId());
            credentials = new SimpleCredentialProvider(settings.appId(), settings.appPassword());
        }
        BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(credentials, new SimpleChannelProvider());
        adapter.setOnTurnError((turn, failure) -> {
            log.debug("A Teams turn in conversation {} failed: {}", turn.getActivity().getConversation().getId(), failure.toString());
            return CompletableFuture.failedFuture(failure);
        });
        return adapter;
    }

    /** Who the bot is when it speaks first: its app id, or nobody in local mode (no token is fetched). */
    private static ClaimsIdentity botIdentity(Settings settings) {
        if (settings.local() || settings.appId().isEmpty()) {
            return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE, Map.of());
        }
        return new ClaimsIdentity("ExternalBearer", Map.of(AuthenticationConstants.AUDIENCE_CLAIM, settings.appId(),
                AuthenticationConstants.APPID_CLAIM, settings.appId()));
    }

    /**
     * The bot's registration and limits.
     *
     * @param local            no authentication at all, and {@code appId} is ignored
     * @param authTimeout      how long validating a request's token may take before it is refused
     * @param sending          how failed sends to the Bot Connector are retried
     * @param afterTurnThreads how many commands run at once after their turn ({@link SlowCommands})
     * @param afterTurnQueue   how many more may wait; beyond that the person is told the bot is busy
     */
    public record Settings(String appId, String appPassword, boolean local, Duration authTimeout, RetryPolicy sending,
                           int afterTurnThreads, int afterTurnQueue) {
        public Settings {
            Objects.requireNonNull(appId, "appId");
            Objects.requireNonNull(appPassword, "appPassword");
            Objects.requireNonNull(sending, "sending");
            if (authTimeout == null || authTimeout.isNegative() || authTimeout.isZero()) {
                throw new IllegalArgumentException("the authentication timeout must be positive");
            }
        }
    }
}
