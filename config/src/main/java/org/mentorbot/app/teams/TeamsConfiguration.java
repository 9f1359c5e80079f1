package org.mentorbot.app.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.conversation.DeferredWork;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.Stores;
import org.mentorbot.teams.SlowCommands;
import org.mentorbot.teams.TeamsBot;
import org.mentorbot.teams.TeamsCopy;
import org.mentorbot.teams.TeamsEndpoint;
import org.mentorbot.teams.TeamsJson;
import org.mentorbot.teams.TeamsPeople;
import org.mentorbot.teams.cards.CardSubmits;
import org.mentorbot.teams.cards.ReplyActivities;
import org.mentorbot.teams.delivery.ConnectorCalls;
import org.mentorbot.teams.delivery.ConversationPacer;
import org.mentorbot.teams.delivery.ConversationReferences;
import org.mentorbot.teams.delivery.ProactiveMessages;
import org.mentorbot.teams.delivery.RateWindow;
import org.mentorbot.teams.delivery.TeamsMessenger;
import org.mentorbot.teams.delivery.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Microsoft Teams, when it is on ({@link ConditionalOnTeams}): the Bot Framework adapter, the
 * bot, the messaging endpoint and the messenger that the program reaches Teams users through.
 * With an app id every request is authenticated; local mode turns authentication off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTeams
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    /** Bot Framework's JSON mapping; not a bean, so that Spring's own ObjectMapper stays as it is. */
    private final ObjectMapper teamsJson = TeamsJson.mapper();

    @Bean
    BotFrameworkHttpAdapter teamsAdapter(TeamsProperties teams) {
        SimpleCredentialProvider credentials;
        if (teams.local()) {
            log.warn("Teams LOCAL MODE: requests to /api/messages are NOT authenticated{}. Use it only with the Bot Framework "
                    + "Emulator and in tests, never on a public address.", teams.appId().isEmpty() ? "" : " and MICROSOFT_APP_ID is ignored");
            credentials = new SimpleCredentialProvider();
        } else {
            log.info("Teams is on at POST /api/messages for app id {}; every request is authenticated", teams.appId());
            credentials = new SimpleCredentialProvider(teams.appId(), teams.appPassword());
        }
        BotFrameworkHttpAdapter adapter = new BotFrameworkHttpAdapter(credentials, new SimpleChannelProvider());
        adapter.setOnTurnError((turn, failure) -> {
            log.debug("A Teams turn in conversation {} failed: {}", turn.getActivity().getConversation().getId(), failure.toString());
            return CompletableFuture.failedFuture(failure);
        });
        return adapter;
    }

    @Bean
    ConnectorCalls teamsConnectorCalls(TeamsProperties teams) {
        return new ConnectorCalls(new ConversationPacer(RateWindow.TEAMS_PER_CONVERSATION, Timeline.SYSTEM),
                teams.sending().toPolicy(), Timeline.SYSTEM, new SecureRandom());
    }

    @Bean
    ProactiveMessages teamsProactiveMessages(BotFrameworkHttpAdapter teamsAdapter, TeamsProperties teams,
                                             ConnectorCalls teamsConnectorCalls) {
        return new ProactiveMessages(teamsAdapter, botIdentity(teams), teamsConnectorCalls);
    }

    @Bean
    TeamsMessenger teamsMessenger(ProactiveMessages teamsProactiveMessages, Stores stores) {
        return new TeamsMessenger(teamsProactiveMessages, stores.addresses(), new ConversationReferences(teamsJson),
                new ReplyActivities(teamsJson));
    }

    /** Closed with the application: queued commands get a few seconds to finish. */
    @Bean
    DeferredWork teamsAfterTurn(TeamsProperties teams) {
        return new DeferredWork("teams-after-turn", teams.afterTurn().threads(), teams.afterTurn().queue());
    }

    @Bean
    PlatformRoute teamsRoute(TeamsMessenger teamsMessenger) {
        return new PlatformRoute(TeamsPeople.PLATFORM, teamsMessenger);
    }

    @Bean
    TeamsBot teamsBot(MentorBot mentorBot, Stores stores, SeenEvents seenEvents, ConnectorCalls teamsConnectorCalls,
                      DeferredWork teamsAfterTurn, ProactiveMessages teamsProactiveMessages) {
        ReplyActivities activities = new ReplyActivities(teamsJson);
        SlowCommands slowCommands = new SlowCommands(mentorBot, teamsAfterTurn, teamsProactiveMessages, activities,
                teamsConnectorCalls, TeamsCopy.english());
        return new TeamsBot(mentorBot, stores.addresses(), seenEvents, new ConversationReferences(teamsJson),
                activities, new CardSubmits(teamsJson), teamsConnectorCalls, slowCommands);
    }

    @Bean
    TeamsEndpoint teamsEndpoint(BotFrameworkHttpAdapter teamsAdapter, TeamsBot teamsBot, TeamsProperties teams) {
        return new TeamsEndpoint(teamsAdapter, teamsBot, teamsJson, teams.authTimeout());
    }

    /** Who the bot is when it speaks first: its app id, or nobody in local mode (no token is fetched). */
    private static ClaimsIdentity botIdentity(TeamsProperties teams) {
        if (teams.local() || teams.appId().isEmpty()) {
            return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE, Map.of());
        }
        return new ClaimsIdentity("ExternalBearer",
                Map.of(AuthenticationConstants.AUDIENCE_CLAIM, teams.appId(), AuthenticationConstants.APPID_CLAIM, teams.appId()));
    }
}
