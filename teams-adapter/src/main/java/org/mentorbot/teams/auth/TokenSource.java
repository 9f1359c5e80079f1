package org.mentorbot.teams.auth;

import java.net.http.HttpClient;
import java.time.Clock;

/** Where the bot's tokens for the Bot Connector come from, as its {@link Registration} says. */
public interface TokenSource {

    /** The scope of a token for the Bot Connector. */
    String BOT_CONNECTOR_SCOPE = "https://api.botframework.com/.default";

    /** A fresh token; throws {@link TokenUnavailableException} saying why there is none. */
    AccessToken fetch();

    /**
     * The source for {@code registration}: the client-credentials grant at its authority's token
     * endpoint (with its secret or its certificate), or the managed identity's host.
     */
    static TokenSource of(Registration registration, MicrosoftLogin login, HttpClient http, Clock clock) {
        if (registration.credential() instanceof ClientCredential.ManagedIdentity) {
            return new ManagedIdentityTokens(registration.appId());
        }
        return new ClientCredentialsGrant(login.tokenEndpoint(registration.authorityTenant()), registration.appId(),
                registration.credential(), http, clock);
    }
}
