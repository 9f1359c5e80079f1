package org.mentorbot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client-credentials grant as Entra ID's token endpoint sees it, and what its refusals become. */
class ClientCredentialsGrantTest {

    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-09-01T09:00:00Z"));
    private final FakeMicrosoftLogin login = FakeMicrosoftLogin.start(TENANT);

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        login.close();
    }

    @Test
    void withASecretTheBotPostsItToItsTenantsTokenEndpoint() {
        AccessToken token = grant(new ClientCredential.Secret("s3cret&=")).fetch();

        FakeMicrosoftLogin.TokenRequest request = login.tokenRequests().get(0);
        assertThat(token.value()).isEqualTo(request.issued());
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(request.path()).isEqualTo("/" + TENANT + "/oauth2/v2.0/token");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "client_credentials", "client_id", APP_ID,
                "scope", "https://api.botframework.com/.default", "client_secret", "s3cret&="));
    }

    @Test
    void withACertificateTheBotSignsAnAssertionEntraIdCanCheck() throws Exception {
        TestCertificate certificate = TestCertificate.shared();
        ClientCredentialsGrant grant = grant(CertificateFile.read(certificate.write(directory.resolve("bot.pem"))));

        grant.fetch();

        Map<String, String> form = login.tokenRequests().get(0).form();
        assertThat(form).doesNotContainKey("client_secret")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) certificate.certificate().getPublicKey()))).isTrue();
        assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.PS256);
        assertThat(assertion.getHeader().getX509CertSHA256Thumbprint())
                .isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(certificate.certificate().getEncoded())));
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(grant.tokenEndpoint().toString());
        assertThat(claims.getIssuer()).isEqualTo(APP_ID);
        assertThat(claims.getSubject()).isEqualTo(APP_ID);
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getNotBeforeTime().toInstant(), claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void entraIdsRefusalIsReportedInItsOwnWordsAndNotRetried() {
        login.answerTokenRequests(400, "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application with identifier "
                + "'" + APP_ID + "' was not found in the directory 'Bot Framework'.\\r\\nTrace ID: 0\"}");

        assertThatThrownBy(() -> grant(new ClientCredential.Secret("s")).fetch())
                .isInstanceOfSatisfying(TokenUnavailableException.class, failure -> assertThat(failure.retryable()).isFalse())
                .hasMessageContaining("/oauth2/v2.0/token: HTTP 400 unauthorized_client: AADSTS700016")
                .hasMessageNotContaining("Trace ID");
    }

    @Test
    void aBusyOrUnreachableAuthorityIsWorthRetrying() {
        login.answerTokenRequests(503, "");
        assertThatThrownBy(() -> grant(new ClientCredential.Secret("s")).fetch())
                .isInstanceOfSatisfying(TokenUnavailableException.class, failure -> assertThat(failure.retryable()).isTrue());

        ClientCredentialsGrant nowhere = new ClientCredentialsGrant(URI.create("http://127.0.0.1:9/t/oauth2/v2.0/token"), APP_ID,
                new ClientCredential.Secret("s"), HttpClient.newHttpClient(), clock);
        assertThatThrownBy(nowhere::fetch)
                .isInstanceOfSatisfying(TokenUnavailableException.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void theCurrentTokenIsReusedUntilFiveMinutesBeforeItExpires() {
        CachedTokens tokens = new CachedTokens(grant(new ClientCredential.Secret("s")), clock);

        tokens.current();
        clock.advance(Duration.ofMinutes(54));
        tokens.current();
        assertThat(login.tokenRequests()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        tokens.current();
        assertThat(login.tokenRequests()).hasSize(2);
    }

    @Test
    void whileTheCurrentTokenIsValidAFailedRefreshStopsNoSend() {
        CachedTokens tokens = new CachedTokens(grant(new ClientCredential.Secret("s")), clock);
        String first = tokens.current();

        login.answerTokenRequests(503, "");
        clock.advance(Duration.ofMinutes(56));
        assertThat(tokens.current()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(tokens::current).isInstanceOf(TokenUnavailableException.class);
        assertThat(login.tokenRequests()).hasSize(3);
    }

    private ClientCredentialsGrant grant(ClientCredential credential) {
        return new ClientCredentialsGrant(login.login().tokenEndpoint(TENANT), APP_ID, credential, HttpClient.newHttpClient(), clock);
    }
}
