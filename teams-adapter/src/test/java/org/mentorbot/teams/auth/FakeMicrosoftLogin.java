package org.mentorbot.teams.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Microsoft Entra ID and the Bot Framework's login as far as the bot uses them, on 127.0.0.1,
 * with RSA keys generated here (once: RSA key generation is slow): the Bot Framework's OpenID
 * metadata and signing keys (each endorsed for {@code msteams}), one tenant's metadata and keys,
 * and a token endpoint for every tenant ({@code /<tenant>/oauth2/v2.0/token}) that hands out a new
 * token per request, or what the test set with {@link #answerTokenRequests}, and records the
 * request. A test signs the tokens the Bot Connector would send with {@link #channelToken} or
 * {@link #tenantToken}. The adapter's tests and the app's end-to-end tests share it.
 */
public final class FakeMicrosoftLogin implements AutoCloseable {

    /** A request to a token endpoint, the form it posted, and the token it got (null when the test set the answer). */
    public record TokenRequest(String path, Map<String, String> form, String issued) {
    }

    private static final RSAKey CHANNEL_KEY = generate("channel-key-1");
    private static final RSAKey TENANT_KEY = generate("tenant-key-1");

    final RSAKey channelKey = CHANNEL_KEY;
    final RSAKey tenantKey = TENANT_KEY;
    final AtomicInteger metadataFetches = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final String tenant;
    private final List<TokenRequest> tokenRequests = new ArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile List<RSAKey> channelKeys = List.of(CHANNEL_KEY);
    private volatile TokenAnswer tokenAnswer;

    private record TokenAnswer(int status, String body) {
    }

    private FakeMicrosoftLogin(String tenant) throws IOException {
        this.tenant = tenant;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static FakeMicrosoftLogin start(String tenant) {
        try {
            return new FakeMicrosoftLogin(tenant);
        } catch (IOException noPort) {
            throw new IllegalStateException("the fake Microsoft login could not start", noPort);
        }
    }

    static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    MicrosoftLogin login() {
        return new MicrosoftLogin(URI.create(base()), URI.create(openIdMetadata()));
    }

    /** Where the bot's login URL should point. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the bot's Bot Framework OpenID metadata URL should point. */
    public String openIdMetadata() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    /** From now on the Bot Framework publishes these keys instead. */
    void publishChannelKeys(RSAKey... keys) {
        channelKeys = List.of(keys);
    }

    /** From now on every token endpoint answers this instead of a new token. */
    void answerTokenRequests(int status, String body) {
        tokenAnswer = new TokenAnswer(status, body);
    }

    public List<TokenRequest> tokenRequests() {
        synchronized (tokenRequests) {
            return List.copyOf(tokenRequests);
        }
    }

    /** A token signed with the Bot Framework's key, as the Bot Connector sends. */
    public String channelToken(JWTClaimsSet claims) {
        return sign(CHANNEL_KEY, claims);
    }

    /** A token signed with the tenant's key, as Entra ID issues for the tenant. */
    public String tenantToken(JWTClaimsSet claims) {
        return sign(TENANT_KEY, claims);
    }

    static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException unsignable) {
            throw new IllegalStateException(unsignable);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/.well-known/openidconfiguration")) {
                metadataFetches.incrementAndGet();
                send(exchange, 200, metadata("/v1/.well-known/keys"));
            } else if (path.equals("/v1/.well-known/keys")) {
                send(exchange, 200, keys(channelKeys, true));
            } else if (path.equals("/" + tenant + "/v2.0/.well-known/openid-configuration")) {
                send(exchange, 200, metadata("/" + tenant + "/discovery/v2.0/keys"));
            } else if (path.equals("/" + tenant + "/discovery/v2.0/keys")) {
                send(exchange, 200, keys(List.of(TENANT_KEY), false));
            } else if (path.endsWith("/oauth2/v2.0/token") && exchange.getRequestMethod().equals("POST")) {
                answerToken(exchange, path);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void answerToken(HttpExchange exchange, String path) throws IOException {
        TokenAnswer set = tokenAnswer;
        String token = set != null ? null : "token-" + issued.incrementAndGet() + "-from-" + path.split("/")[1];
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (tokenRequests) {
            tokenRequests.add(new TokenRequest(path, form, token));
        }
        if (set != null) {
            send(exchange, set.status(), set.body());
        } else {
            send(exchange, 200, json.createObjectNode().put("token_type", "Bearer").put("expires_in", 3600)
                    .put("access_token", token).toString());
        }
    }

    private String metadata(String jwksPath) {
        ObjectNode metadata = json.createObjectNode().put("jwks_uri", base() + jwksPath);
        metadata.putArray("id_token_signing_alg_values_supported").add("RS256");
        return metadata.toString();
    }

    private String keys(List<RSAKey> keys, boolean endorsed) {
        ObjectNode set = json.createObjectNode();
        ArrayNode array = set.putArray("keys");
        for (RSAKey key : keys) {
            ObjectNode node = json.valueToTree(key.toPublicJWK().toJSONObject());
            if (endorsed) {
                node.putArray("endorsements").add("msteams");
            }
            array.add(node);
        }
        return set.toString();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : body.split("&")) {
            String[] pair = field.split("=", 2);
            fields.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8), pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
