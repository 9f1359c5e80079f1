package org.mentorbot.teams.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entra ID and the Bot Framework's login as far as the bot uses them, on 127.0.0.1: the Bot
 * Framework's OpenID metadata and keys (each key endorsed for {@code msteams}), one tenant's
 * metadata and keys, and every tenant's token endpoint, which answers what the test sets and
 * records each request. Keys are generated here (once: RSA key generation is slow); a test signs
 * its tokens with them.
 */
final class FakeMicrosoftLogin implements AutoCloseable {

    /** A request to a token endpoint: its path and form fields. */
    record TokenRequest(String path, Map<String, String> form) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String tenant;
    private static final RSAKey CHANNEL_KEY = generate("channel-key-1");
    private static final RSAKey TENANT_KEY = generate("tenant-key-1");
    final RSAKey channelKey = CHANNEL_KEY;
    final RSAKey tenantKey = TENANT_KEY;
    private volatile List<RSAKey> channelKeys = List.of(channelKey);
    private volatile int tokenStatus = 200;
    private volatile String tokenAnswer = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"fake-access-token\"}";
    private final List<TokenRequest> tokenRequests = new ArrayList<>();
    final AtomicInteger metadataFetches = new AtomicInteger();

    FakeMicrosoftLogin(String tenant) throws IOException {
        this.tenant = tenant;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    MicrosoftLogin login() {
        return new MicrosoftLogin(URI.create(base()), URI.create(base() + "/v1/.well-known/openidconfiguration"));
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on the Bot Framework publishes these keys instead. */
    void publishChannelKeys(RSAKey... keys) {
        channelKeys = List.of(keys);
    }

    void answerTokenRequests(int status, String body) {
        tokenStatus = status;
        tokenAnswer = body;
    }

    List<TokenRequest> tokenRequests() {
        synchronized (tokenRequests) {
            return List.copyOf(tokenRequests);
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
                send(exchange, 200, keys(List.of(tenantKey), false));
            } else if (path.endsWith("/oauth2/v2.0/token") && exchange.getRequestMethod().equals("POST")) {
                synchronized (tokenRequests) {
                    tokenRequests.add(new TokenRequest(path, form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
                }
                send(exchange, tokenStatus, tokenAnswer);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
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
    }
}
