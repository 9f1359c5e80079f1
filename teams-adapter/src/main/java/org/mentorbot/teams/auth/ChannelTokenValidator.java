package org.mentorbot.teams.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the bearer token of each request to the messaging endpoint as the Bot Framework
 * specifies: a JWT signed (RS256/384/512, never {@code none}) with a key its issuer's OpenID
 * metadata lists, and endorsed for the activity's channel when the key lists endorsements; an
 * issuer this bot trusts; the bot's app id as audience; an expiry, not past and at most a day away,
 * and a not-before that has come, both with five minutes of clock skew; and, when the token names
 * a {@code serviceurl}, the activity's service URL, so that the bot never sends its own token to
 * an address the token was not issued for.
 *
 * <p>Every registration trusts the Bot Connector ({@code https://api.botframework.com}, keys from
 * the Bot Framework's metadata). A single-tenant bot or managed identity also trusts its own
 * tenant's Entra ID tokens ({@code https://sts.windows.net/<tenant>/} and
 * {@code https://login.microsoftonline.com/<tenant>/v2.0}, keys from the tenant's metadata).
 */
public final class ChannelTokenValidator implements RequestAuthentication {

    static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Duration LONGEST_LIFETIME = Duration.ofDays(1);
    private static final String BEARER = "Bearer ";
    private static final String SERVICE_URL_CLAIM = "serviceurl";

    private final String appId;
    private final Map<String, SigningKeys> keysByIssuer;
    private final Clock clock;

    private ChannelTokenValidator(String appId, Map<String, SigningKeys> keysByIssuer, Clock clock) {
        this.appId = appId;
        this.keysByIssuer = keysByIssuer;
        this.clock = clock;
    }

    /**
     * The validator for {@code registration}.
     *
     * @param timeout how long fetching an issuer's signing keys may take before the request is refused
     */
    public static ChannelTokenValidator forRegistration(Registration registration, MicrosoftLogin login, HttpClient http,
                                                        Duration timeout, Clock clock) {
        Map<String, SigningKeys> keys = new LinkedHashMap<>();
        keys.put(BOT_FRAMEWORK_ISSUER, new SigningKeys(login.botFrameworkMetadata(), http, timeout, clock));
        if (registration.type() != AppType.MULTI_TENANT) {
            String tenant = registration.tenantId().orElseThrow();
            SigningKeys tenantKeys = new SigningKeys(login.tenantMetadata(tenant), http, timeout, clock);
            keys.put("https://sts.windows.net/" + tenant + "/", tenantKeys);
            keys.put("https://login.microsoftonline.com/" + tenant + "/v2.0", tenantKeys);
        }
        return new ChannelTokenValidator(registration.appId(), Map.copyOf(keys), clock);
    }

    /** The issuers trusted, each with the metadata its keys come from. */
    public Map<String, String> trustedIssuers() {
        Map<String, String> issuers = new LinkedHashMap<>();
        keysByIssuer.forEach((issuer, keys) -> issuers.put(issuer, keys.metadata().toString()));
        return issuers;
    }

    @Override
    public void authenticate(String authorization, String serviceUrl, String channelId) throws NotAuthenticatedException {
        SignedJWT token = signedToken(authorization);
        JWTClaimsSet claims = claims(token);
        SigningKeys keys = keysByIssuer.get(claims.getIssuer());
        if (keys == null) {
            throw new NotAuthenticatedException("the issuer '" + claims.getIssuer() + "' is not trusted");
        }
        verifySignature(token, keys, channelId);
        if (claims.getAudience() == null || !claims.getAudience().contains(appId)) {
            throw new NotAuthenticatedException("the token is for " + claims.getAudience() + ", not for app id " + appId);
        }
        checkTimes(claims, clock.instant());
        Object named = claims.getClaim(SERVICE_URL_CLAIM);
        if (named != null && !(named instanceof String url && url.equalsIgnoreCase(serviceUrl))) {
            throw new NotAuthenticatedException("the token is for service URL " + named + ", the activity names " + serviceUrl);
        }
    }

    private static SignedJWT signedToken(String authorization) throws NotAuthenticatedException {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotAuthenticatedException("no bearer token");
        }
        try {
            return SignedJWT.parse(authorization.substring(BEARER.length()).strip());
        } catch (ParseException notSigned) {
            throw new NotAuthenticatedException("the bearer token is not a signed JWT: " + notSigned.getMessage());
        }
    }

    private static JWTClaimsSet claims(SignedJWT token) throws NotAuthenticatedException {
        try {
            return token.getJWTClaimsSet();
        } catch (ParseException unreadable) {
            throw new NotAuthenticatedException("the token's claims are unreadable");
        }
    }

    private static void verifySignature(SignedJWT token, SigningKeys keys, String channelId) throws NotAuthenticatedException {
        JWSHeader header = token.getHeader();
        if (!keys.algorithms().contains(header.getAlgorithm())) {
            throw new NotAuthenticatedException("the token is signed with " + header.getAlgorithm() + ", not " + keys.algorithms());
        }
        Optional<SigningKeys.SigningKey> key = header.getKeyID() == null ? Optional.empty() : keys.key(header.getKeyID());
        if (key.isEmpty()) {
            throw new NotAuthenticatedException("the token's signing key '" + header.getKeyID() + "' is not among " + keys.metadata() + "'s keys");
        }
        try {
            if (!token.verify(new RSASSAVerifier(key.get().key()))) {
                throw new NotAuthenticatedException("the token's signature is wrong");
            }
        } catch (JOSEException unverifiable) {
            throw new NotAuthenticatedException("the token's signature cannot be checked: " + unverifiable.getMessage());
        }
        if (key.get().endorsements().filter(endorsed -> !endorsed.contains(channelId)).isPresent()) {
            throw new NotAuthenticatedException("the signing key is not endorsed for channel '" + channelId + "'");
        }
    }

    private static void checkTimes(JWTClaimsSet claims, Instant now) throws NotAuthenticatedException {
        Instant expires = instant(claims.getExpirationTime())
                .orElseThrow(() -> new NotAuthenticatedException("the token has no expiry (exp)"));
        if (now.isAfter(expires.plus(CLOCK_SKEW))) {
            throw new NotAuthenticatedException("the token expired at " + expires);
        }
        Optional<Instant> notBefore = instant(claims.getNotBeforeTime());
        if (notBefore.isPresent() && now.isBefore(notBefore.get().minus(CLOCK_SKEW))) {
            throw new NotAuthenticatedException("the token is not valid before " + notBefore.get());
        }
        Optional<Instant> issued = instant(claims.getIssueTime());
        if (issued.isPresent() && now.isBefore(issued.get().minus(CLOCK_SKEW))) {
            throw new NotAuthenticatedException("the token is issued in the future, at " + issued.get());
        }
        Instant start = issued.or(() -> notBefore).orElse(now);
        if (Duration.between(start, expires).compareTo(LONGEST_LIFETIME) > 0 || Duration.between(now, expires).compareTo(LONGEST_LIFETIME) > 0) {
            throw new NotAuthenticatedException("the token lives longer than " + LONGEST_LIFETIME.toHours() + " hours");
        }
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }
}
