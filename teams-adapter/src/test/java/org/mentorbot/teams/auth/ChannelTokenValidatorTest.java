package org.mentorbot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Bot Framework's rules for the token on each request, one by one, against a fake login that
 * publishes the keys: a token is let in only when every rule holds.
 */
class ChannelTokenValidatorTest {

    private static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    private static final String TENANT = "99999999-8888-7777-6666-555555555555";
    private static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";
    private static final String BOT_FRAMEWORK = "https://api.botframework.com";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-09-01T09:00:00Z"));
    private final FakeMicrosoftLogin login = FakeMicrosoftLogin.start(TENANT);

    @AfterEach
    void stop() {
        login.close();
    }

    @Test
    void aTokenFromTheBotConnectorForThisBotIsLetIn() {
        assertAccepted(validator(AppType.MULTI_TENANT), channelToken(claims -> claims));
    }

    @Test
    void aTokenThatNamesNoServiceUrlIsLetIn() {
        assertAccepted(validator(AppType.MULTI_TENANT), channelToken(claims -> claims.claim("serviceurl", null)));
    }

    @Test
    void fiveMinutesOfClockSkewAreForgivenEitherWay() {
        ChannelTokenValidator validator = validator(AppType.MULTI_TENANT);
        assertAccepted(validator, channelToken(claims -> claims.expirationTime(at(Duration.ofMinutes(-4)))));
        assertAccepted(validator, channelToken(claims -> claims.notBeforeTime(at(Duration.ofMinutes(4)))));
    }

    @Test
    void aSingleTenantBotAlsoTrustsItsOwnTenantsTokens() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        assertAccepted(validator, tenantToken(claims -> claims.issuer("https://sts.windows.net/" + TENANT + "/")));
        assertAccepted(validator, tenantToken(claims -> claims.issuer("https://login.microsoftonline.com/" + TENANT + "/v2.0")));
        assertAccepted(validator, channelToken(claims -> claims));
    }

    @Test
    void aMultiTenantBotTrustsNoTenantsTokens() {
        assertRefused(validator(AppType.MULTI_TENANT), tenantToken(claims -> claims.issuer("https://sts.windows.net/" + TENANT + "/")),
                "is not trusted");
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(validator(AppType.SINGLE_TENANT), channelToken(claims -> claims.expirationTime(at(Duration.ofMinutes(-6)))),
                "expired");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRefused(validator(AppType.SINGLE_TENANT), channelToken(claims -> claims.expirationTime(null)), "no expiry");
    }

    @Test
    void aTokenThatLivesLongerThanADayIsRefused() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        assertRefused(validator, channelToken(claims -> claims.expirationTime(at(Duration.ofDays(2)))), "longer than 24 hours");
        assertRefused(validator, channelToken(claims -> claims.issueTime(null).notBeforeTime(null).expirationTime(at(Duration.ofHours(25)))),
                "longer than 24 hours");
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        assertRefused(validator, channelToken(claims -> claims.notBeforeTime(at(Duration.ofMinutes(6)))), "not valid before");
        assertRefused(validator, channelToken(claims -> claims.issueTime(at(Duration.ofMinutes(6)))), "issued in the future");
    }

    @Test
    void aTokenForAnotherBotIsRefused() {
        assertRefused(validator(AppType.SINGLE_TENANT), channelToken(claims -> claims.audience("another-bot")), "not for app id");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        assertRefused(validator, channelToken(claims -> claims.issuer("https://api.botframework.com.evil.example")), "is not trusted");
        assertRefused(validator, tenantToken(claims -> claims.issuer("https://sts.windows.net/another-tenant/")), "is not trusted");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims(c -> c).build()).serialize();
        assertRefused(validator(AppType.SINGLE_TENANT), unsigned, "not a signed JWT");
    }

    @Test
    void aTokenSignedWithASharedSecretIsRefused() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(login.channelKey.getKeyID()).build(), claims(c -> c).build());
        hmac.sign(new MACSigner(login.channelKey.toRSAPublicKey().getModulus().toByteArray()));
        assertRefused(validator(AppType.SINGLE_TENANT), hmac.serialize(), "signed with HS256");
    }

    @Test
    void aTokenSignedByAKeyNobodyPublishedIsRefused() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        RSAKey impostor = FakeMicrosoftLogin.generate("impostor-key");
        assertRefused(validator, sign(impostor, claims(c -> c)), "is not among");
        RSAKey sameIdOtherKey = FakeMicrosoftLogin.generate(login.channelKey.getKeyID());
        assertRefused(validator, sign(sameIdOtherKey, claims(c -> c)), "signature is wrong");
    }

    @Test
    void aTenantTokenSignedWithTheBotFrameworksKeyIsRefused() {
        String crossed = sign(login.channelKey, claims(c -> c.issuer("https://sts.windows.net/" + TENANT + "/")));
        assertRefused(validator(AppType.SINGLE_TENANT), crossed, "is not among");
    }

    @Test
    void aKeyEndorsedForOtherChannelsCannotSpeakForThisOne() {
        assertThatThrownBy(() -> validator(AppType.SINGLE_TENANT).authenticate(bearer(channelToken(c -> c)), SERVICE_URL, "slack"))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("not endorsed for channel 'slack'");
    }

    @Test
    void aTokenForAnotherServiceUrlIsRefused() {
        assertRefused(validator(AppType.SINGLE_TENANT), channelToken(claims -> claims.claim("serviceurl", "https://attacker.example/")),
                "service URL");
    }

    @Test
    void onlyABearerTokenCounts() {
        ChannelTokenValidator validator = validator(AppType.SINGLE_TENANT);
        for (String header : new String[] {null, "", "Basic bWFsbG9yeTpzZWNyZXQ=", "Bearer", "Bearer a.b.c"}) {
            assertThatThrownBy(() -> validator.authenticate(header, SERVICE_URL, "msteams")).isInstanceOf(NotAuthenticatedException.class);
        }
    }

    @Test
    void keysAreFetchedOnceAndAgainForAnUnknownKeyAtMostEveryFiveMinutes() {
        ChannelTokenValidator validator = validator(AppType.MULTI_TENANT);
        for (int request = 0; request < 3; request++) {
            assertAccepted(validator, channelToken(c -> c));
        }
        assertThat(login.metadataFetches).hasValue(1);

        RSAKey rolledOver = FakeMicrosoftLogin.generate("channel-key-2");
        login.publishChannelKeys(login.channelKey, rolledOver);
        assertRefused(validator, sign(rolledOver, claims(c -> c)), "is not among");
        assertThat(login.metadataFetches).as("fetched within five minutes of the last fetch").hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertAccepted(validator, sign(rolledOver, claims(c -> c)));
        assertRefused(validator, sign(FakeMicrosoftLogin.generate("made-up"), claims(c -> c)), "is not among");
        assertThat(login.metadataFetches).hasValue(2);
    }

    @Test
    void withoutKeysEveryRequestIsRefusedPromptly() {
        MicrosoftLogin nowhere = new MicrosoftLogin(URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:9/v1/.well-known/openidconfiguration"));
        ChannelTokenValidator validator = ChannelTokenValidator.forRegistration(registration(AppType.MULTI_TENANT), nowhere,
                HttpClient.newHttpClient(), Duration.ofSeconds(2), clock);
        assertRefused(validator, channelToken(c -> c), "not available");
    }

    private ChannelTokenValidator validator(AppType type) {
        return ChannelTokenValidator.forRegistration(registration(type), login.login(), HttpClient.newHttpClient(), Duration.ofSeconds(3), clock);
    }

    private static Registration registration(AppType type) {
        return new Registration(APP_ID, type, Optional.of(TENANT), new ClientCredential.Secret("not-a-real-secret"));
    }

    private JWTClaimsSet.Builder claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(BOT_FRAMEWORK).audience(APP_ID).claim("serviceurl", SERVICE_URL)
                .issueTime(at(Duration.ofMinutes(-1))).notBeforeTime(at(Duration.ofMinutes(-1))).expirationTime(at(Duration.ofMinutes(59))));
    }

    private String channelToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(login.channelKey, claims(change));
    }

    private String tenantToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(login.tenantKey, claims(change));
    }

    private static String sign(RSAKey key, JWTClaimsSet.Builder claims) {
        return FakeMicrosoftLogin.sign(key, claims.build());
    }

    private Date at(Duration fromNow) {
        return Date.from(clock.instant().plus(fromNow));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static void assertAccepted(ChannelTokenValidator validator, String token) {
        assertThatCode(() -> validator.authenticate(bearer(token), SERVICE_URL, "msteams")).doesNotThrowAnyException();
    }

    private static void assertRefused(ChannelTokenValidator validator, String token, String why) {
        assertThatThrownBy(() -> validator.authenticate(bearer(token), SERVICE_URL, "msteams"))
                .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining(why);
    }
}
