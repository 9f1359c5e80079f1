package org.mentorbot.app.scheduling;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat platform on loopback that accepts every message and remembers it, so that tests can
 * count what the bots really delivered. Each post is one line: {@code node|kind|ref|recipients}.
 */
final class FakePlatform implements AutoCloseable {

    /** One message the platform accepted. */
    record Accepted(String node, String kind, String ref, List<String> to, Instant at) {
    }

    private final HttpServer server;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

    FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/messages", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String[] parts = new String(body.readAllBytes(), StandardCharsets.UTF_8).split("\\|", -1);
                accepted.add(new Accepted(parts[0], parts[1], parts[2], Arrays.asList(parts[3].split(",")), Instant.now()));
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    List<Accepted> accepted(String kind) {
        return accepted.stream().filter(a -> a.kind().equals(kind)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
