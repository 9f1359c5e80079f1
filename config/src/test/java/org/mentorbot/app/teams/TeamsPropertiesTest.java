package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.teams.TeamsAdapter;
import org.mentorbot.teams.auth.ClientCredential;
import org.mentorbot.teams.auth.ClientCredentialsGrant;
import org.mentorbot.teams.auth.ManagedIdentityTokens;
import org.mentorbot.teams.auth.MicrosoftLogin;
import org.mentorbot.teams.auth.Registration;
import org.mentorbot.teams.auth.TestCertificate;
import org.mentorbot.teams.auth.TokenSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * From the environment variables (through application.yml, as at start-up) to the registration
 * the Teams adapter is built with and the token source it gets: one per credential type. A
 * combination that cannot work is refused, naming the variable to fix.
 */
class TeamsPropertiesTest {

    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";

    @Test
    void anAppIdAndPasswordAreAMultiTenantBotWithASecret() {
        Registration registration = registration("MICROSOFT_APP_ID=" + APP_ID, "MICROSOFT_APP_PASSWORD=s3cret");

        assertThat(registration.credential()).isEqualTo(new ClientCredential.Secret("s3cret"));
        assertThat(grant(registration).tokenEndpoint())
                .isEqualTo(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"));
    }

    @Test
    void aSingleTenantBotWithASecretAsksItsTenant() {
        Registration registration = registration("MICROSOFT_APP_ID=" + APP_ID, "MICROSOFT_APP_PASSWORD=s3cret",
                "MICROSOFT_APP_TYPE=SingleTenant", "MICROSOFT_APP_TENANT_ID=" + TENANT);

        assertThat(grant(registration).tokenEndpoint()).isEqualTo(URI.create("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token"));
        assertThat(grant(registration).credential()).isInstanceOf(ClientCredential.Secret.class);
    }

    @Test
    void aSingleTenantBotWithACertificateSignsItsRequestsWithIt() {
        Registration registration = registration("MICROSOFT_APP_ID=" + APP_ID, "MICROSOFT_APP_TYPE=SingleTenant",
                "MICROSOFT_APP_TENANT_ID=" + TENANT, "MICROSOFT_APP_CERTIFICATE=" + TestCertificate.sharedPemFile());

        assertThat(grant(registration).tokenEndpoint()).isEqualTo(URI.create("https://login.microsoftonline.com/" + TENANT + "/oauth2/v2.0/token"));
        assertThat(grant(registration).credential()).isInstanceOfSatisfying(ClientCredential.Certificate.class,
                certificate -> assertThat(certificate.certificate()).isEqualTo(TestCertificate.shared().certificate()));
    }

    @Test
    void aUserAssignedManagedIdentityGetsItsTokensThroughMsal() {
        Registration registration = registration("MICROSOFT_APP_ID=" + APP_ID, "MICROSOFT_APP_TYPE=UserAssignedMSI",
                "MICROSOFT_APP_TENANT_ID=" + TENANT);

        assertThat(registration.credential()).isInstanceOf(ClientCredential.ManagedIdentity.class);
        assertThat(source(registration)).isInstanceOfSatisfying(ManagedIdentityTokens.class,
                msi -> assertThat(msi.clientId()).isEqualTo(APP_ID));
    }

    @Test
    void localModeHasNoRegistrationWhateverElseIsSet() {
        assertThat(settings("MICROSOFT_APP_ID=" + APP_ID, "MICROSOFT_APP_TYPE=SingleTenant", "MENTORBOT_TEAMS_LOCAL=true").registration())
                .isEmpty();
    }

    @Test
    void theLoginAndTheSigningKeysCanBeLookedUpElsewhere() {
        assertThat(settings("MENTORBOT_TEAMS_LOCAL=true").login()).isEqualTo(MicrosoftLogin.PUBLIC_CLOUD);
        assertThat(settings("MENTORBOT_TEAMS_LOCAL=true", "MENTORBOT_TEAMS_LOGIN_URL=http://127.0.0.1:8099/",
                "MENTORBOT_TEAMS_OPENID_METADATA_URL=http://127.0.0.1:8099/v1/.well-known/openidconfiguration").login())
                .isEqualTo(new MicrosoftLogin(URI.create("http://127.0.0.1:8099"), URI.create("http://127.0.0.1:8099/v1/.well-known/openidconfiguration")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "single tenant, no tenant id   | MICROSOFT_APP_TENANT_ID   | MICROSOFT_APP_TYPE=SingleTenant,MICROSOFT_APP_PASSWORD=s",
            "managed identity, no tenant   | MICROSOFT_APP_TENANT_ID   | MICROSOFT_APP_TYPE=UserAssignedMSI",
            "password and certificate      | MICROSOFT_APP_CERTIFICATE | MICROSOFT_APP_PASSWORD=s,MICROSOFT_APP_CERTIFICATE=pom.xml",
            "managed identity and password | MICROSOFT_APP_PASSWORD    | MICROSOFT_APP_TYPE=UserAssignedMSI,MICROSOFT_APP_TENANT_ID=t,MICROSOFT_APP_PASSWORD=s",
            "managed identity, certificate | MICROSOFT_APP_CERTIFICATE | MICROSOFT_APP_TYPE=UserAssignedMSI,MICROSOFT_APP_TENANT_ID=t,MICROSOFT_APP_CERTIFICATE=/x.pem",
            "unreadable certificate        | MICROSOFT_APP_CERTIFICATE | MICROSOFT_APP_CERTIFICATE=/no/such/bot.pem",
            "a file that is no certificate | MICROSOFT_APP_CERTIFICATE | MICROSOFT_APP_CERTIFICATE=pom.xml",
            "neither password nor cert.    | MICROSOFT_APP_PASSWORD    | MICROSOFT_APP_TYPE=MultiTenant",
            "unknown type                  | MICROSOFT_APP_TYPE        | MICROSOFT_APP_TYPE=Single-Tenant,MICROSOFT_APP_PASSWORD=s",
            "login URL not a URL           | MENTORBOT_TEAMS_LOGIN_URL | MICROSOFT_APP_PASSWORD=s,MENTORBOT_TEAMS_LOGIN_URL=login.microsoftonline.com",
            "metadata URL not http(s)      | MENTORBOT_TEAMS_OPENID_METADATA_URL | MICROSOFT_APP_PASSWORD=s,MENTORBOT_TEAMS_OPENID_METADATA_URL=ftp://x/y"})
    void aRegistrationThatCannotWorkNamesTheVariableToFix(String combination, String variable, String environment) {
        String[] variables = ("MICROSOFT_APP_ID=" + APP_ID + "," + environment).split(",");

        assertThatThrownBy(() -> settings(variables))
                .isInstanceOfSatisfying(InvalidTeamsSettingException.class, invalid -> assertThat(invalid.variable()).isEqualTo(variable))
                .hasMessageContaining(variable).hasMessageNotContaining("\n");
    }

    private static Registration registration(String... environment) {
        return settings(environment).registration().orElseThrow();
    }

    private static ClientCredentialsGrant grant(Registration registration) {
        assertThat(source(registration)).isInstanceOf(ClientCredentialsGrant.class);
        return (ClientCredentialsGrant) source(registration);
    }

    private static TokenSource source(Registration registration) {
        return TokenSource.of(registration, MicrosoftLogin.PUBLIC_CLOUD, HttpClient.newHttpClient(), Clock.systemUTC());
    }

    /** The adapter's settings from these environment variables (given as system properties, which application.yml reads alike). */
    private static TeamsAdapter.Settings settings(String... environment) {
        AtomicReference<TeamsProperties> bound = new AtomicReference<>();
        new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
                .withSystemProperties(environment).withUserConfiguration(Binding.class)
                .run(context -> bound.set(context.getBean(TeamsProperties.class)));
        return bound.get().toSettings();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TeamsProperties.class)
    static class Binding {
    }
}
