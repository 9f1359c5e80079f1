package org.mentorbot.bench.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;

/**
 * A chat platform on loopback that takes at most {@code ratePerSecond} messages a second
 * (a token bucket holding one second's worth) and answers each request after {@code latency};
 * over the limit it answers 429 with a Retry-After, as Slack and Teams do. {@link #messenger()}
 * is the bot's side: it posts each message and, on 429, waits as told and tries again.
 */
final class RateLimitedPlatform implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(64);
    private final double ratePerSecond;
    private final Duration latency;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private double tokens;
    private long refilledAt = System.nanoTime();

    RateLimitedPlatform(double ratePerSecond, Duration latency) throws IOException {
        this.ratePerSecond = ratePerSecond;
        this.latency = latency;
        this.tokens = ratePerSecond;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.createContext("/chat.postMessage", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
                sleep(latency);
                boolean allowed = take();
                if (!allowed) {
                    throttled.incrementAndGet();
                    exchange.getResponseHeaders().add("Retry-After", "1");
                }
                exchange.sendResponseHeaders(allowed ? 200 : 429, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(handlers);
        server.start();
    }

    long accepted() {
        return accepted.get();
    }

    long throttled() {
        return throttled.get();
    }

    private synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(ratePerSecond, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        accepted.incrementAndGet();
        return true;
    }

    /** The bot's messenger for this platform: one request per message, honouring 429 + Retry-After. */
    Messenger messenger() {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/chat.postMessage");
        return message -> post(http, uri, message);
    }

    private static Delivery post(HttpClient http, URI uri, Message message) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString(message.content().fallback())).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Delivery.to(message.to());
                }
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                sleep(Duration.ofSeconds(wait));
            } catch (IOException e) {
                return Delivery.failedFor(message.to(), "platform unreachable: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Delivery.failedFor(message.to(), "interrupted");
            }
        }
        return Delivery.failedFor(message.to(), "still rate-limited after 20 attempts");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
