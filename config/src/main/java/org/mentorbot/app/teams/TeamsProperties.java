package org.mentorbot.app.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.mentorbot.app.settings.BadSettingException;
import org.mentorbot.teams.TeamsAdapter;
import org.mentorbot.teams.auth.AppType;
import org.mentorbot.teams.auth.CertificateFile;
import org.mentorbot.teams.auth.ClientCredential;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.auth.Registration;
import org.mentorbot.teams.delivery.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Microsoft Teams settings, bound from {@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD},
 * {@code MICROSOFT_APP_TYPE}, {@code MICROSOFT_APP_TENANT_ID}, {@code MICROSOFT_APP_CERTIFICATE},
 * {@code MENTORBOT_TEAMS_LOGIN_URL}, {@code MENTORBOT_TEAMS_OPENID_METADATA_URL} and
 * {@code MENTORBOT_TEAMS_LOCAL} (see application.yml). Teams is on when an app id is set (every
 * request authenticated, with the registration these settings describe) or in local mode (no
 * authentication: Emulator and tests). A registration that cannot work stops the start with an
 * {@link InvalidTeamsSettingException} naming the variable to fix.
 *
 * @param appType           {@code MultiTenant} (empty), {@code SingleTenant} or {@code UserAssignedMSI}
 * @param appCertificate    a PEM file with the certificate and its private key, instead of the password
 * @param loginUrl          Entra ID's login host, empty for the public cloud's
 * @param openidMetadataUrl the Bot Framework's OpenID metadata, empty for the public cloud's
 * @param authTimeout       how long fetching the keys that validate a request's token may take before it is refused
 * @param sending           retries of failed sends to the Bot Connector
 * @param afterTurn         the threads and queue that run slow commands after their turn
 */
@ConfigurationProperties("mentorbot.teams")
public record TeamsProperties(@DefaultValue("") String appId, @DefaultValue("") String appPassword, @DefaultValue("") String appType,
                              @DefaultValue("") String appTenantId, @DefaultValue("") String appCertificate,
                              @DefaultValue("") String loginUrl, @DefaultValue("") String openidMetadataUrl,
                              @DefaultValue("false") boolean local, @DefaultValue("PT5S") Duration authTimeout,
                              @DefaultValue Sending sending, @DefaultValue AfterTurn afterTurn) {

    public TeamsProperties {
        appId = strip(appId);
        appPassword = appPassword == null ? "" : appPassword;
        appType = strip(appType);
        appTenantId = strip(appTenantId);
        appCertificate = strip(appCertificate);
        loginUrl = strip(loginUrl);
        openidMetadataUrl = strip(openidMetadataUrl);
        if (authTimeout == null || authTimeout.isNegative() || authTimeout.isZero()) {
            throw new BadSettingException("MENTORBOT_TEAMS_AUTH_TIMEOUT", authTimeout + " is not a positive duration", "PT5S");
        }
    }

    /** What the Teams adapter is built from; throws {@link InvalidTeamsSettingException} when the registration cannot work. */
    public TeamsAdapter.Settings toSettings() {
        return new TeamsAdapter.Settings(local ? Optional.empty() : Optional.of(registration()), login(), authTimeout,
                sending.toPolicy(), afterTurn.threads(), afterTurn.queue());
    }

    private Registration registration() {
        AppType type = appType.isEmpty() ? AppType.MULTI_TENANT : AppType.named(appType).orElseThrow(() -> new InvalidTeamsSettingException(
                "MICROSOFT_APP_TYPE", "MICROSOFT_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI, not '" + appType + "'"));
        if (type != AppType.MULTI_TENANT && appTenantId.isEmpty()) {
            throw new InvalidTeamsSettingException("MICROSOFT_APP_TENANT_ID", "MICROSOFT_APP_TENANT_ID is required with MICROSOFT_APP_TYPE="
                    + type + ": the bot's tokens come from its own tenant (the Directory (tenant) ID of its app registration)");
        }
        return new Registration(appId, type, Optional.of(appTenantId), credential(type));
    }

    private ClientCredential credential(AppType type) {
        if (type == AppType.USER_ASSIGNED_MSI) {
            unsetForManagedIdentity("MICROSOFT_APP_PASSWORD", appPassword);
            unsetForManagedIdentity("MICROSOFT_APP_CERTIFICATE", appCertificate);
            return new ClientCredential.ManagedIdentity();
        }
        if (!appPassword.isEmpty() && !appCertificate.isEmpty()) {
            throw new InvalidTeamsSettingException("MICROSOFT_APP_CERTIFICATE",
                    "MICROSOFT_APP_PASSWORD and MICROSOFT_APP_CERTIFICATE are both set: the bot authenticates with one of them, unset the other");
        }
        if (appCertificate.isEmpty() && appPassword.isEmpty()) {
            throw new InvalidTeamsSettingException("MICROSOFT_APP_PASSWORD",
                    "MICROSOFT_APP_PASSWORD (a client secret) or MICROSOFT_APP_CERTIFICATE (a PEM file) is required with MICROSOFT_APP_ID");
        }
        if (appPassword.isEmpty()) {
            try {
                return CertificateFile.read(Path.of(appCertificate));
            } catch (CertificateFile.UnusableCertificateException unusable) {
                throw new InvalidTeamsSettingException("MICROSOFT_APP_CERTIFICATE",
                        "MICROSOFT_APP_CERTIFICATE: the file " + appCertificate + " " + unusable.getMessage());
            }
        }
        return new ClientCredential.Secret(appPassword);
    }

    private static void unsetForManagedIdentity(String variable, String value) {
        if (!value.isEmpty()) {
            throw new InvalidTeamsSettingException(variable,
                    variable + " must not be set with MICROSOFT_APP_TYPE=UserAssignedMSI: a managed identity's tokens come from its Azure host");
        }
    }

    private MicrosoftLogin login() {
        return new MicrosoftLogin(
                url("MENTORBOT_TEAMS_LOGIN_URL", loginUrl, MicrosoftLogin.PUBLIC_CLOUD.loginUrl()),
                url("MENTORBOT_TEAMS_OPENID_METADATA_URL", openidMetadataUrl, MicrosoftLogin.PUBLIC_CLOUD.botFrameworkMetadata()));
    }

    private static URI url(String variable, String value, URI otherwise) {
        if (value.isEmpty()) {
            return otherwise;
        }
        try {
            URI url = new URI(value);
            if (("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme())) && url.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException malformed) {
            // reported below, with the variable's name
        }
        throw new InvalidTeamsSettingException(variable, variable + " must be an http(s) URL, not '" + value + "'");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** How failed sends are retried: at most {@code maxAttempts}, backing off from {@code baseBackoff} up to {@code maxWait}. */
    public record Sending(@DefaultValue("6") int maxAttempts, @DefaultValue("PT1S") Duration baseBackoff,
                          @DefaultValue("PT60S") Duration maxWait) {
        public RetryPolicy toPolicy() {
            return new RetryPolicy(maxAttempts, baseBackoff, maxWait);
        }
    }

    /**
     * Slow commands ({@code match}, {@code nudge}, {@code poll}, ...) run on {@code threads} threads after their turn;
     * at most {@code queue} more may wait, beyond that the person is told the bot is busy.
     */
    public record AfterTurn(@DefaultValue("4") int threads, @DefaultValue("200") int queue) {
        public AfterTurn {
            if (threads < 1) {
                throw new BadSettingException("MENTORBOT_TEAMS_AFTER_TURN_THREADS", threads + " is less than 1", "4");
            }
            if (queue < 1) {
                throw new BadSettingException("MENTORBOT_TEAMS_AFTER_TURN_QUEUE", queue + " is less than 1", "200");
            }
        }
    }
}
