package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import org.mentorbot.teams.auth.FakeMicrosoftLogin;
import org.mentorbot.teams.auth.TestCertificate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A single-tenant bot that proves itself with a certificate ({@code MICROSOFT_APP_CERTIFICATE})
 * instead of a secret: it asks its tenant for tokens with a client assertion signed by the
 * certificate's key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.app-id=" + RegisteredTeamsEndToEnd.APP_ID,
        "mentorbot.teams.app-type=SingleTenant",
        "mentorbot.teams.app-tenant-id=" + RegisteredTeamsEndToEnd.TENANT,
        "mentorbot.admins=teams:aad-carol",
        "mentorbot.program.working-hours-only=false"})
class TeamsCertificateIT extends RegisteredTeamsEndToEnd {

    private static final FakeMicrosoftLogin LOGIN = FakeMicrosoftLogin.start(TENANT);

    @DynamicPropertySource
    static void microsoftLogin(DynamicPropertyRegistry settings) {
        register(LOGIN, settings);
        settings.add("mentorbot.teams.app-certificate", () -> TestCertificate.sharedPemFile().toString());
    }

    @Override
    FakeMicrosoftLogin login() {
        return LOGIN;
    }

    @Override
    String tokenPath() {
        return "/" + TENANT + "/oauth2/v2.0/token";
    }

    @Override
    void assertClientAuthentication(Map<String, String> form) throws Exception {
        assertThat(form).containsEntry("client_id", APP_ID).doesNotContainKey("client_secret")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.verify(new RSASSAVerifier((RSAPublicKey) TestCertificate.shared().certificate().getPublicKey())))
                .as("signed with the certificate's key").isTrue();
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(LOGIN.base() + tokenPath());
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(APP_ID);
    }
}
