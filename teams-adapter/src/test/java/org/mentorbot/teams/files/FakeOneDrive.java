package org.mentorbot.teams.files;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

/**
 * An upload session as OneDrive keeps one, on loopback: it records every fragment put to it
 * (method, {@code Content-Range}, bytes) and answers with the status {@code answers} gives for
 * the fragment's number (0 first).
 */
final class FakeOneDrive implements AutoCloseable {

    record Fragment(String method, String contentRange, byte[] bytes) {
    }

    final List<Fragment> fragments = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeOneDrive(IntUnaryOperator answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/upload", exchange -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            exchange.getRequestBody().transferTo(body);
            int status = answers.applyAsInt(fragments.size());
            fragments.add(new Fragment(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Range"),
                    body.toByteArray()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String uploadUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/session-1";
    }

    byte[] received() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        fragments.forEach(f -> whole.writeBytes(f.bytes()));
        return whole.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
