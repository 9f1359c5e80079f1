package org.mentorbot.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4) at one Entra ID token endpoint, for a
 * token to the Bot Connector. The app authenticates with its client secret, or with a client
 * assertion (RFC 7523) it signs with its certificate's key as Entra ID asks: PS256, the
 * certificate's SHA-256 thumbprint as {@code x5t#S256}, the token endpoint as audience, the app id
 * as issuer and subject, a fresh {@code jti}, valid for ten minutes.
 */
public final class ClientCredentialsGrant implements TokenSource {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(10);

    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenEndpoint;
    private final String clientId;
    private final ClientCredential credential;
    private final HttpClient http;
    private final Clock clock;

    public ClientCredentialsGrant(URI tokenEndpoint, String clientId, ClientCredential credential, HttpClient http, Clock clock) {
        if (credential instanceof ClientCredential.ManagedIdentity) {
            throw new IllegalArgumentException("a managed identity has no credential of its own to present");
        }
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.credential = credential;
        this.http = http;
        this.clock = clock;
    }

    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    public String clientId() {
        return clientId;
    }

    public ClientCredential credential() {
        return credential;
    }

    @Override
    public AccessToken fetch() {
        Instant asked = clock.instant();
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form(asked))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new TokenUnavailableException("no token from " + tokenEndpoint + ": " + unreachable, true, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailableException("interrupted while getting a token from " + tokenEndpoint, false, interrupted);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200) {
            int status = response.statusCode();
            throw new TokenUnavailableException("no token from " + tokenEndpoint + ": HTTP " + status + " " + error(answer),
                    status == 429 || status >= 500);
        }
        String token = answer.path("access_token").asText("");
        long expiresIn = answer.path("expires_in").asLong(0);
        if (token.isBlank() || expiresIn <= 0) {
            throw new TokenUnavailableException("no token from " + tokenEndpoint + ": the answer has no access_token and expires_in", false);
        }
        return new AccessToken(token, asked.plusSeconds(expiresIn));
    }

    private String form(Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("scope", BOT_CONNECTOR_SCOPE);
        if (credential instanceof ClientCredential.Secret secret) {
            form.put("client_secret", secret.value());
        } else if (credential instanceof ClientCredential.Certificate certificate) {
            form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            form.put("client_assertion", assertion(certificate, now));
        }
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String assertion(ClientCredential.Certificate certificate, Instant now) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.PS256).type(JOSEObjectType.JWT)
                    .x509CertSHA256Thumbprint(Base64URL.encode(MessageDigest.getInstance("SHA-256")
                            .digest(certificate.certificate().getEncoded())))
                    .build();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(tokenEndpoint.toString()).issuer(clientId).subject(clientId)
                    .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME))).build();
            SignedJWT assertion = new SignedJWT(header, claims);
            assertion.sign(new RSASSASigner(certificate.privateKey()));
            return assertion.serialize();
        } catch (JOSEException | NoSuchAlgorithmException | CertificateEncodingException unsignable) {
            throw new TokenUnavailableException("cannot sign a client assertion with the certificate: " + unsignable.getMessage(),
                    false, unsignable);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException notJson) {
            return json.createObjectNode();
        }
    }

    /** Entra ID's error and the first line of its description, e.g. {@code invalid_client: AADSTS700016: ...}. */
    private static String error(JsonNode answer) {
        String error = answer.path("error").asText("");
        String description = answer.path("error_description").asText("").lines().findFirst().orElse("");
        return (error + (description.isEmpty() ? "" : ": " + description)).strip();
    }
}
