package org.mentorbot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of registration gets its tokens from its own authority, with its own credential. */
class TokenSourceTest {

    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";
    private static final ClientCredential SECRET = new ClientCredential.Secret("not-a-real-secret");

    @TempDir
    java.nio.file.Path directory;

    @Test
    void aMultiTenantBotAsksTheBotFrameworkTenant() {
        ClientCredentialsGrant grant = grant(new Registration(APP_ID, AppType.MULTI_TENANT, Optional.empty(), SECRET));

        assertThat(grant.tokenEndpoint()).isEqualTo(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
        assertThat(grant.clientId()).isEqualTo(APP_ID);
        assertThat(grant.credential()).isEqualTo(SECRET);
    }

    @Test
    void aSingleTenantBotAsksItsOwnTenant() {
        ClientCredentialsGrant grant = grant(new Registration(APP_ID, AppType.SINGLE_TENANT, Optional.of(TENANT), SECRET));

        assertThat(grant.tokenEndpoint()).isEqualTo(URI.create("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token"));
    }

    @Test
    void aBotWithACertificateSignsItsRequestsToItsTenant() throws Exception {
        ClientCredential.Certificate certificate = CertificateFile.read(TestCertificate.shared().write(directory.resolve("bot.pem")));

        ClientCredentialsGrant grant = grant(new Registration(APP_ID, AppType.SINGLE_TENANT, Optional.of(TENANT), certificate));

        assertThat(grant.tokenEndpoint()).isEqualTo(URI.create("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token"));
        assertThat(grant.credential()).isInstanceOfSatisfying(ClientCredential.Certificate.class,
                used -> assertThat(used.privateKey()).isInstanceOf(RSAPrivateKey.class));
    }

    @Test
    void aManagedIdentityGetsItsTokensFromItsHostThroughMsal() {
        TokenSource source = source(new Registration(APP_ID, AppType.USER_ASSIGNED_MSI, Optional.of(TENANT), new ClientCredential.ManagedIdentity()));

        assertThat(source).isInstanceOfSatisfying(ManagedIdentityTokens.class, msi -> assertThat(msi.clientId()).isEqualTo(APP_ID));
    }

    @Test
    void aRegistrationThatCannotGetTokensIsNoRegistration() {
        assertThatThrownBy(() -> new Registration(APP_ID, AppType.SINGLE_TENANT, Optional.of(" "), SECRET)).hasMessageContaining("tenant id");
        assertThatThrownBy(() -> new Registration(APP_ID, AppType.USER_ASSIGNED_MSI, Optional.of(TENANT), SECRET))
                .hasMessageContaining("managed identity");
        assertThatThrownBy(() -> new Registration(APP_ID, AppType.MULTI_TENANT, Optional.empty(), new ClientCredential.ManagedIdentity()))
                .hasMessageContaining("managed identity");
    }

    @Test
    void azureNamesTheTypesInAnyCase() {
        assertThat(AppType.named("singletenant")).contains(AppType.SINGLE_TENANT);
        assertThat(AppType.named("UserAssignedMSI")).contains(AppType.USER_ASSIGNED_MSI);
        assertThat(AppType.named("Single-Tenant")).isEmpty();
    }

    private static ClientCredentialsGrant grant(Registration registration) {
        TokenSource source = source(registration);
        assertThat(source).isInstanceOf(ClientCredentialsGrant.class);
        return (ClientCredentialsGrant) source;
    }

    private static TokenSource source(Registration registration) {
        return TokenSource.of(registration, MicrosoftLogin.PUBLIC_CLOUD, HttpClient.newHttpClient(), Clock.systemUTC());
    }
}
