package org.mentorbot.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.teams.auth.CachedTokens;
import org.mentorbot.teams.auth.ChannelTokenValidator;
import org.mentorbot.teams.auth.ClientCredential;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.auth.Registration;
import org.mentorbot.teams.auth.RequestAuthentication;
import org.mentorbot.teams.auth.TokenSource;
import org.mentorbot.teams.auth.TokenUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Mentorbot's own authentication ({@code org.mentorbot.teams.auth}, no Bot Framework type)
 * meets the Bot Framework SDK: the SDK adapter that runs turns and sends, carrying the bot's
 * tokens; the check every request passes before its turn; and who the bot is to the SDK. The SDK
 * validates no token here (it knows neither single-tenant issuers nor a required expiry) and
 * fetches none (it cannot reach a managed identity); it only runs turns and posts activities.
 *
 * @param identity the bot as the SDK sees it in a turn and in a proactive send: its app id, or
 *                 anonymous in local mode, where no token is fetched
 */
record BotFrameworkAccess(BotFrameworkAdapter adapter, RequestAuthentication authentication, ClaimsIdentity identity) {

    private static final Logger log = LoggerFactory.getLogger(BotFrameworkAccess.class);

    /** No authentication either way: the Bot Framework Emulator and tests. */
    static BotFrameworkAccess local() {
        log.warn("Teams LOCAL MODE: requests to /api/messages are NOT authenticated and the bot sends without a token. "
                + "Use it only with the Bot Framework Emulator and in tests, never on a public address.");
        BotFrameworkAdapter adapter = new BotFrameworkAdapter(new SimpleCredentialProvider(), new SimpleChannelProvider(), null, null);
        return new BotFrameworkAccess(failingLoudly(adapter), RequestAuthentication.NONE,
                new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE, Map.of()));
    }

    /** Every request authenticated, every send with a token from the registration's authority. */
    static BotFrameworkAccess registered(Registration registration, MicrosoftLogin login, Duration authTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(authTimeout).build();
        Clock clock = Clock.systemUTC();
        CachedTokens tokens = new CachedTokens(TokenSource.of(registration, login, http, clock), clock);
        ChannelTokenValidator validator = ChannelTokenValidator.forRegistration(registration, login, http, authTimeout, clock);
        log.info("Teams is on at POST /api/messages for app id {} ({}, {}): tokens from {}; every request authenticated, trusting {}",
                registration.appId(), registration.type(), registration.credential(),
                registration.credential() instanceof ClientCredential.ManagedIdentity
                        ? "the managed identity's host" : login.authority(registration.authorityTenant()),
                validator.trustedIssuers().keySet());
        if (login.plainHttp()) {
            log.warn("Teams tokens and signing keys are fetched over plain HTTP ({}, {}): for tests only", login.loginUrl(),
                    login.botFrameworkMetadata());
        }
        BotFrameworkAdapter adapter = new BotFrameworkAdapter(new BotTokenCredentials(registration, tokens),
                new AuthenticationConfiguration(), new SimpleChannelProvider(), null, null);
        return new BotFrameworkAccess(failingLoudly(adapter), validator, new ClaimsIdentity("ExternalBearer",
                Map.of(AuthenticationConstants.AUDIENCE_CLAIM, registration.appId(), AuthenticationConstants.APPID_CLAIM, registration.appId())));
    }

    /** A failed turn fails its future (the SDK's default would complete it), so that a send that failed is reported. */
    private static BotFrameworkAdapter failingLoudly(BotFrameworkAdapter adapter) {
        adapter.setOnTurnError((turn, failure) -> {
            log.debug("A Teams turn in conversation {} failed: {}", turn.getActivity().getConversation().getId(), failure.toString());
            return CompletableFuture.failedFuture(failure);
        });
        return adapter;
    }

    /** The SDK's credentials for every call to the Bot Connector, with the tokens Mentorbot fetches itself. */
    private static final class BotTokenCredentials extends AppCredentials {

        private final CachedTokens tokens;

        BotTokenCredentials(Registration registration, CachedTokens tokens) {
            super(registration.authorityTenant());
            setAppId(registration.appId());
            this.tokens = tokens;
        }

        @Override
        public CompletableFuture<String> getToken() {
            try {
                return CompletableFuture.completedFuture(tokens.current());
            } catch (TokenUnavailableException failed) {
                return CompletableFuture.failedFuture(failed);
            }
        }

        /** Never called: {@link #getToken} is where tokens come from, and it does not use the SDK's MSAL authenticators. */
        @Override
        protected Authenticator buildAuthenticator() {
            throw new UnsupportedOperationException("the bot's tokens come from " + tokens.source().getClass().getSimpleName());
        }
    }
}
