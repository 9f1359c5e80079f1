package org.mentorbot.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/**
 * Where program state lives: {@code redis://[user:password@]host[:port][/database]}, or {@code rediss://} for TLS.
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

    public JedisClientConfig clientConfig(int timeoutMillis) {
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .user(user).password(password).database(database).ssl(scheme.equals("rediss")).build();
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
        String info = uri.getUserInfo();
        if (info == null || !info.contains(":") || info.startsWith(":")) {
            return null;
        }
        return info.substring(0, info.indexOf(':'));
    }

    private static String password(URI uri) {
        String info = uri.getUserInfo();
        if (info == null) {
            return null;
        }
        return info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
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
