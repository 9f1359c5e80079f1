package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A multi-tenant bot (the default type, as registered before August 2025): its tokens come from
 * the {@code botframework.com} tenant, and it trusts only the Bot Connector's tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorbot.teams.app-id=" + RegisteredTeamsEndToEnd.APP_ID,
        "mentorbot.teams.app-password=not-a-real-secret",
        "mentorbot.admins=teams:aad-carol",
        "mentorbot.program.working-hours-only=false"})
class TeamsMultiTenantIT extends RegisteredTeamsEndToEnd {

    private static final FakeMicrosoftLogin LOGIN = FakeMicrosoftLogin.start(TENANT);

    @DynamicPropertySource
    static void microsoftLogin(DynamicPropertyRegistry settings) {
        LOGIN.register(settings);
    }

    @Override
    FakeMicrosoftLogin login() {
        return LOGIN;
    }

    @Override
    String tokenPath() {
        return "/botframework.com/oauth2/v2.0/token";
    }

    @Override
    void assertClientAuthentication(Map<String, String> form) {
        assertThat(form).containsEntry("client_id", APP_ID).containsEntry("client_secret", "not-a-real-secret");
    }

    @Test
    void aTokenFromSomeTenantIsRefused() throws Exception {
        Person mallory = new Person("Mallory", "aad-mallory-tenant", "a:1mallory-tenant");
        String token = LOGIN.tenantToken(claims(claims -> claims.issuer("https://sts.windows.net/" + TENANT + "/")).build());

        assertThat(teams.post(teams.from(mallory, "message-join").toString(), "Bearer " + token).statusCode()).isEqualTo(401);
        assertNothingChangedFor(mallory);
    }
}
