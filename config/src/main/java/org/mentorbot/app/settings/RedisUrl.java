package org.mentorbot.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/**
 * Where program state lives: {@code redis://[user:password@]host[:port][/database]}, or {@code rediss://} for TLS.
 * User and password are percent-decoded ({@code %40} for {@code @}, {@code %3A} for {@code :}).
 * {@link #parse} says in words what is wrong with a URL it cannot use.
 */
public record RedisUrl(String scheme, String host, int port, String user, String password, int database) {

    public static final String EXAMPLE = "redis://127.0.0.1:6379/0";

    /** @throws IllegalArgumentException with the problem in words, and never the password */
    public static RedisUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException unreadable) {
            throw new IllegalArgumentException("it is not a URL (" + unreadable.getReason() + ")");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("redis") || uri.getScheme().equals("rediss"))) {
            throw new IllegalArgumentException("it does not start with redis:// or rediss://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("it names no host, or a port that is not a number");
        }
        return new RedisUrl(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort(), user(uri), password(uri),
                database(uri));
    }

    public HostAndPort hostAndPort() {
        return new HostAndPort(host, port);
    }

    /** Whether the URL asks for TLS ({@code rediss://}). */
    public boolean tls() {
        return scheme.equals("rediss");
    }

    /**
     * Timeouts, the ACL user and password (Redis 6 {@code AUTH user password}; the password alone for
     * {@code requirepass}), the database, and for {@code rediss://} TLS that checks the server's certificate
     * against the JVM's trust store and its name against the host.
     */
    public JedisClientConfig clientConfig(int timeoutMillis) {
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .user(user).password(password).database(database).ssl(tls())
                .sslParameters(tls() ? verifyingHostNames() : null).build();
    }

    /** TLS parameters that make the handshake check the certificate's names against the host connected to. */
    static SSLParameters verifyingHostNames() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /** For logs and messages: the URL without user and password. */
    public String safe() {
        return scheme + "://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return safe();
    }

    private static String user(URI uri) {
        String info = uri.getRawUserInfo();
        if (info == null || !info.contains(":") || info.startsWith(":")) {
            return null;
        }
        return decoded(info.substring(0, info.indexOf(':')));
    }

    private static String password(URI uri) {
        String info = uri.getRawUserInfo();
        if (info == null) {
            return null;
        }
        return decoded(info.contains(":") ? info.substring(info.indexOf(':') + 1) : info);
    }

    /** Percent-decoding as in URLs: {@code %40} is {@code @}; a {@code +} stays a plus. */
    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new IllegalArgumentException("its user or password has a % that is not followed by two hex digits");
        }
    }

    private static int database(URI uri) {
        String path = uri.getPath();
        if (path == null || path.length() <= 1) {
            return 0;
        }
        try {
            return Integer.parseInt(path.substring(1));
        } catch (NumberFormatException notADatabase) {
            throw new IllegalArgumentException("its path must be a database number, not '" + path.substring(1) + "'");
        }
    }
}
