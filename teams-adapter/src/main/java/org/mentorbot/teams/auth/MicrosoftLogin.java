package org.mentorbot.teams.auth;

import java.net.URI;
import java.util.Objects;

/**
 * Where the bot gets tokens and signing keys: Microsoft Entra ID's login host (token endpoints
 * and each tenant's OpenID metadata below it) and the Bot Framework's OpenID metadata, which lists
 * the keys the Bot Connector signs its requests with. Tests point both at fakes.
 */
public record MicrosoftLogin(URI loginUrl, URI botFrameworkMetadata) {

    /** Azure's public cloud. */
    public static final MicrosoftLogin PUBLIC_CLOUD = new MicrosoftLogin(URI.create("https://login.microsoftonline.com"),
            URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration"));

    public MicrosoftLogin {
        requireHttp(loginUrl, "the login URL");
        requireHttp(botFrameworkMetadata, "the OpenID metadata URL");
        String login = loginUrl.toString();
        loginUrl = URI.create(login.endsWith("/") ? login.substring(0, login.length() - 1) : login);
    }

    /** The authority of {@code tenant}, e.g. {@code https://login.microsoftonline.com/<tenant>}. */
    public URI authority(String tenant) {
        return URI.create(loginUrl + "/" + tenant);
    }

    /** The OAuth 2.0 token endpoint of {@code tenant}. */
    public URI tokenEndpoint(String tenant) {
        return URI.create(authority(tenant) + "/oauth2/v2.0/token");
    }

    /** The OpenID metadata of {@code tenant}, whose keys sign the tokens that tenant issues. */
    public URI tenantMetadata(String tenant) {
        return URI.create(authority(tenant) + "/v2.0/.well-known/openid-configuration");
    }

    /** Whether anything here is fetched without TLS (tests only). */
    public boolean plainHttp() {
        return "http".equalsIgnoreCase(loginUrl.getScheme()) || "http".equalsIgnoreCase(botFrameworkMetadata.getScheme());
    }

    private static void requireHttp(URI url, String what) {
        Objects.requireNonNull(url, what);
        boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
        if (!http || url.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http(s) URL, not '" + url + "'");
        }
    }
}
