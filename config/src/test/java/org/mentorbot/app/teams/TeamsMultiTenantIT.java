package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.teams.auth.FakeMicrosoftLogin;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A multi-tenant bot (the default type, as registered before August 2025): its tokens come from
 * the {@code botframework.com} tenant, and it trusts only the Bot Connector's tokens. Teams' word
 * that someone removed the app counts only when the Bot Connector signed it.
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
        register(LOGIN, settings);
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

    @Test
    void onlyASignedRemovalOfTheAppRecordsALeaver() throws Exception {
        Person rhea = new Person("Rhea Signed", "aad-rhea-signed", "a:1rhea-signed");
        ObjectNode join = teams.from(rhea, "submit-join-form");
        ((ObjectNode) join.get("value")).put("role", "mentee").put("skillsWanted", "cobol").put("level", "2");
        assertThat(teams.post(join.toString(), "Bearer " + channelToken(claims -> claims)).statusCode()).isEqualTo(200);
        awaitOne(rhea, call -> call.text().contains("Welcome to the mentoring program"));
        ParticipantId id = new ParticipantId(rhea.participantId());

        assertThat(teams.post(teams.from(rhea, "installation-update-remove").toString(), "Bearer " + token(BadToken.UNSIGNED))
                .statusCode()).isEqualTo(401);
        assertThat(stores.leavers().all()).noneMatch(leaver -> leaver.person().equals(id));

        assertThat(teams.post(teams.from(rhea, "installation-update-remove").toString(), "Bearer " + channelToken(claims -> claims))
                .statusCode()).isEqualTo(200);
        assertThat(stores.leavers().all()).filteredOn(leaver -> leaver.person().equals(id)).hasSize(1);
    }
}
