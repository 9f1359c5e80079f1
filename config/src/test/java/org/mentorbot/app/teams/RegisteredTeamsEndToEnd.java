package org.mentorbot.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorbot.app.teams.FakeBotConnector.Call;
import org.mentorbot.app.teams.TeamsTraffic.Person;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.teams.auth.FakeMicrosoftLogin;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real application with Teams authenticated as one kind of Azure registration, against a
 * {@link FakeMicrosoftLogin} (signing keys and token endpoints) and a {@link FakeBotConnector}.
 * An activity with a validly signed token is answered, and the answer carries a token the bot got
 * from its registration's authority; an activity whose token breaks a rule gets a 401 and changes
 * nothing. Each subclass declares the registration's settings and its own fake login.
 */
abstract class RegisteredTeamsEndToEnd extends TeamsEndToEnd {

    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String TENANT = "99999999-8888-7777-6666-555555555555";

    /** The fake login this class's application fetches tokens and keys from. */
    abstract FakeMicrosoftLogin login();

    /** Points the app's token and signing-key look-ups at the fake login. */
    static void register(FakeMicrosoftLogin login, DynamicPropertyRegistry settings) {
        settings.add("mentorbot.teams.login-url", login::base);
        settings.add("mentorbot.teams.openid-metadata-url", login::openIdMetadata);
    }

    /** The token endpoint path the bot must get its tokens from, e.g. {@code /<tenant>/oauth2/v2.0/token}. */
    abstract String tokenPath();

    /** Checks how the bot authenticated itself in the form it posted to the token endpoint. */
    abstract void assertClientAuthentication(Map<String, String> form) throws Exception;

    @AfterAll
    void stopLogin() {
        login().close();
    }

    /** Ways a token can be wrong; each must be refused. */
    enum BadToken {
        EXPIRED, WRONG_AUDIENCE, WRONG_ISSUER, UNSIGNED, NO_EXPIRY, LIVES_LONGER_THAN_A_DAY, ISSUED_LONG_AGO, OTHER_SERVICE_URL
    }

    @Test
    void aValidlySignedActivityIsAnsweredWithATokenFromTheRegistrationsAuthority() throws Exception {
        Person dana = new Person("Dana Example", "aad-dana", "a:1dana-personal-chat");

        HttpResponse<String> answer = teams.post(teams.from(dana, "message-join").toString(), "Bearer " + channelToken(claims -> claims));

        assertThat(answer.statusCode()).isEqualTo(200);
        Call reply = awaitOne(dana, call -> true);
        assertThat(login().tokenRequests()).isNotEmpty().allSatisfy(request -> assertThat(request.path()).isEqualTo(tokenPath()));
        assertThat(reply.authorization()).isEqualTo("Bearer " + login().tokenRequests().get(0).issued());
        assertClientAuthentication(login().tokenRequests().get(0).form());
        assertThat(stores.addresses().addressOf(new ParticipantId(dana.participantId()))).isPresent();
    }

    @ParameterizedTest
    @EnumSource(BadToken.class)
    void aBadTokenIsRefusedAndChangesNothing(BadToken bad) throws Exception {
        Person mallory = new Person("Mallory", "aad-mallory-" + bad.name().toLowerCase(), "a:1mallory-" + bad.name().toLowerCase());

        HttpResponse<String> answer = teams.post(teams.from(mallory, "message-join").toString(), "Bearer " + token(bad));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertNothingChangedFor(mallory);
    }

    String token(BadToken bad) {
        Instant now = Instant.now();
        return switch (bad) {
            case EXPIRED -> channelToken(claims -> claims.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                    .notBeforeTime(Date.from(now.minus(Duration.ofHours(2)))).expirationTime(Date.from(now.minus(Duration.ofHours(1)))));
            case WRONG_AUDIENCE -> channelToken(claims -> claims.audience("00000000-0000-0000-0000-000000000000"));
            case WRONG_ISSUER -> channelToken(claims -> claims.issuer("https://sts.windows.net/another-tenant/"));
            case UNSIGNED -> new PlainJWT(claims(claims -> claims).build()).serialize();
            case NO_EXPIRY -> channelToken(claims -> claims.expirationTime(null));
            case LIVES_LONGER_THAN_A_DAY -> channelToken(claims -> claims.expirationTime(Date.from(now.plus(Duration.ofHours(25)))));
            case ISSUED_LONG_AGO -> channelToken(claims -> claims.issueTime(Date.from(now.minus(Duration.ofDays(2))))
                    .notBeforeTime(Date.from(now.minus(Duration.ofDays(2)))));
            case OTHER_SERVICE_URL -> channelToken(claims -> claims.claim("serviceurl", "https://smba.trafficmanager.net/emea/"));
        };
    }

    /** The claims the Bot Connector puts in a token for this bot and this test's connector, changed as the test says. */
    JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(APP_ID)
                .claim("serviceurl", connector.serviceUrl()).issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60))).expirationTime(Date.from(now.plus(Duration.ofHours(1)))));
    }

    String channelToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return login().channelToken(claims(change).build());
    }

    void assertNothingChangedFor(Person person) {
        assertThat(stores.addresses().addressOf(new ParticipantId(person.participantId()))).isEmpty();
        assertThat(stores.participants().find(new ParticipantId(person.participantId()))).isEmpty();
        assertThat(connector.calls()).noneMatch(call -> call.conversationId().equals(person.conversationId()));
    }
}
