package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.teams.auth.FakeMicrosoftLogin;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A single-tenant bot with a client secret, the kind Azure creates since 31 July 2025: its tokens
 * come from its own tenant, and it also trusts tokens its tenant issues.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.app-id=" + RegisteredTeamsEndToEnd.APP_ID,
        "mentorbot.teams.app-type=SingleTenant",
        "mentorbot.teams.app-tenant-id=" + RegisteredTeamsEndToEnd.TENANT,
        "mentorbot.teams.app-password=not-a-real-secret",
        "mentorbot.admins=teams:aad-carol",
        "mentorbot.program.working-hours-only=false"})
class TeamsSingleTenantIT extends RegisteredTeamsEndToEnd {

    private static final FakeMicrosoftLogin LOGIN = FakeMicrosoftLogin.start(TENANT);

    @DynamicPropertySource
    static void microsoftLogin(DynamicPropertyRegistry settings) {
        register(LOGIN, settings);
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
    void assertClientAuthentication(Map<String, String> form) {
        assertThat(form).containsEntry("client_id", APP_ID).containsEntry("client_secret", "not-a-real-secret")
                .containsEntry("scope", "https://api.botframework.com/.default").containsEntry("grant_type", "client_credentials");
    }

    @Test
    void aTokenIssuedByTheBotsOwnTenantIsAccepted() throws Exception {
        Person erin = new Person("Erin Example", "aad-erin", "a:1erin-personal-chat");
        String token = LOGIN.tenantToken(claims(claims -> claims.issuer("https://sts.windows.net/" + TENANT + "/")).build());

        assertThat(teams.post(teams.from(erin, "message-join").toString(), "Bearer " + token).statusCode()).isEqualTo(200);
        awaitOne(erin, call -> true);
    }
}
