package org.mentorbot.teams.auth;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tokens of a user-assigned managed identity, from the Azure host the bot runs on (App Service,
 * Container Apps, a VM's instance metadata service), through MSAL4J, which knows each host's
 * endpoint. The Bot Framework SDK for Java has no managed identity support. The identity's client
 * id is the bot's app id.
 */
public final class ManagedIdentityTokens implements TokenSource {

    /** The resource a managed identity asks a token for: the Bot Connector. */
    static final String BOT_CONNECTOR_RESOURCE = "https://api.botframework.com";
    private static final long TIMEOUT_SECONDS = 10;

    private final String clientId;
    private final ManagedIdentityApplication msal;

    public ManagedIdentityTokens(String clientId) {
        this.clientId = clientId;
        this.msal = ManagedIdentityApplication.builder(ManagedIdentityId.userAssignedClientId(clientId)).build();
    }

    public String clientId() {
        return clientId;
    }

    @Override
    public AccessToken fetch() {
        try {
            IAuthenticationResult result = msal.acquireTokenForManagedIdentity(ManagedIdentityParameters.builder(BOT_CONNECTOR_RESOURCE).build())
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            boolean refused = cause instanceof MsalServiceException service && service.statusCode() >= 400 && service.statusCode() < 500
                    && service.statusCode() != 429;
            throw new TokenUnavailableException("no token for managed identity " + clientId + ": " + cause.getMessage(), !refused, cause);
        } catch (TimeoutException slow) {
            throw new TokenUnavailableException("no token for managed identity " + clientId + " within " + TIMEOUT_SECONDS + " s", true, slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("interrupted while getting a managed identity token", false, interrupted);
        } catch (Exception unusable) {
            // acquireTokenForManagedIdentity declares Exception: MSAL could not even start the request
            throw new TokenUnavailableException("no token for managed identity " + clientId + ": " + unusable.getMessage(), false, unusable);
        }
    }
}
