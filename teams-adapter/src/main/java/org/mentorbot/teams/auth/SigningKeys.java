package org.mentorbot.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

/**
 * The keys an issuer signs tokens with, found through its OpenID metadata document
 * ({@code jwks_uri}, and the RSA algorithms it names). They are kept for a day; a token signed
 * with a key not (yet) known fetches them again, at most every five minutes, so a key rollover is
 * picked up and a stream of made-up key ids costs nothing. If a fetch fails, the keys already
 * known stay in use; with none known, requests are refused until a fetch succeeds (tried again
 * ten seconds after a failure). Each fetch finishes within the timeout or counts as failed.
 */
final class SigningKeys {

    private static final Duration KEEP = Duration.ofDays(1);
    private static final Duration REFETCH_AFTER_SUCCESS = Duration.ofMinutes(5);
    private static final Duration REFETCH_AFTER_FAILURE = Duration.ofSeconds(10);
    private static final Set<JWSAlgorithm> RSA = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

    /** A key, and the channels it is endorsed for when the issuer says (the Bot Framework does). */
    record SigningKey(RSAKey key, Optional<Set<String>> endorsements) {
    }

    private record Snapshot(Map<String, SigningKey> byId, Set<JWSAlgorithm> algorithms, Instant fetchedAt) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final URI metadata;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private Instant nextFetch = Instant.MIN;
    private String lastFailure = "not fetched yet";

    SigningKeys(URI metadata, HttpClient http, Duration timeout, Clock clock) {
        this.metadata = metadata;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    URI metadata() {
        return metadata;
    }

    /** The key with id {@code kid}, or empty when the issuer has none such. */
    Optional<SigningKey> key(String kid) throws NotAuthenticatedException {
        Snapshot known = snapshot;
        if (known != null && known.byId().containsKey(kid) && clock.instant().isBefore(known.fetchedAt().plus(KEEP))) {
            return Optional.of(known.byId().get(kid));
        }
        return Optional.ofNullable(refresh(known).byId().get(kid));
    }

    /** The algorithms the issuer signs with. */
    Set<JWSAlgorithm> algorithms() throws NotAuthenticatedException {
        Snapshot known = snapshot;
        return (known != null ? known : refresh(null)).algorithms();
    }

    private synchronized Snapshot refresh(Snapshot seen) throws NotAuthenticatedException {
        if (snapshot != seen && snapshot != null) {
            return snapshot;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextFetch)) {
            return usable(seen);
        }
        try {
            snapshot = fetch(now.plus(timeout));
            nextFetch = now.plus(REFETCH_AFTER_SUCCESS);
            return snapshot;
        } catch (IOException | TimeoutException | ExecutionException failed) {
            nextFetch = now.plus(REFETCH_AFTER_FAILURE);
            lastFailure = failed.toString();
            return usable(seen);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NotAuthenticatedException("interrupted while fetching the signing keys of " + metadata);
        }
    }

    private Snapshot usable(Snapshot seen) throws NotAuthenticatedException {
        if (seen == null) {
            throw new NotAuthenticatedException("the signing keys of " + metadata + " are not available: " + lastFailure);
        }
        return seen;
    }

    private Snapshot fetch(Instant deadline) throws IOException, TimeoutException, ExecutionException, InterruptedException {
        JsonNode document = get(metadata, deadline);
        URI jwks = URI.create(document.path("jwks_uri").asText(""));
        if (!"https".equalsIgnoreCase(jwks.getScheme()) && !"http".equalsIgnoreCase(jwks.getScheme())) {
            throw new IOException("the metadata names no http(s) jwks_uri");
        }
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        document.path("id_token_signing_alg_values_supported")
                .forEach(name -> algorithms.add(JWSAlgorithm.parse(name.asText())));
        algorithms.retainAll(RSA);
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256);
        }
        Map<String, SigningKey> keys = new HashMap<>();
        get(jwks, deadline).path("keys").forEach(node -> signingKey(node).ifPresent(key -> keys.put(key.key().getKeyID(), key)));
        return new Snapshot(Map.copyOf(keys), Set.copyOf(algorithms), clock.instant());
    }

    /** An RSA signing key with an id; anything else in the set is no key for tokens. */
    @SuppressWarnings("unchecked")
    private Optional<SigningKey> signingKey(JsonNode node) {
        try {
            JWK key = JWK.parse(json.convertValue(node, Map.class));
            if (!(key instanceof RSAKey rsa) || key.getKeyID() == null || (key.getKeyUse() != null && key.getKeyUse() != KeyUse.SIGNATURE)) {
                return Optional.empty();
            }
            Optional<Set<String>> endorsements = node.has("endorsements")
                    ? Optional.of(Set.copyOf(StreamSupport.stream(node.path("endorsements").spliterator(), false).map(JsonNode::asText).toList()))
                    : Optional.empty();
            return Optional.of(new SigningKey(rsa, endorsements));
        } catch (ParseException | IllegalArgumentException unusable) {
            return Optional.empty();
        }
    }

    private JsonNode get(URI url, Instant deadline) throws IOException, TimeoutException, ExecutionException, InterruptedException {
        long left = Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
        Future<HttpResponse<String>> pending = http.sendAsync(HttpRequest.newBuilder(url).timeout(Duration.ofMillis(left))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = pending.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            pending.cancel(true);
            throw slow;
        }
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
