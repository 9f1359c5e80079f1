package org.mentorbot.app.scheduling;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.mentorbot.app.program.PlatformRoute;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.people.ParticipantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * A test-only platform adapter for people whose ids start with {@code test:}: every message is
 * posted to {@link FakePlatform} over HTTP, with the node's name and the id of the check-in or
 * poll it carries (the value of its first button). Not a {@code @Configuration}, so that only
 * {@link ScheduledNode} adds it, never the component scan of other tests.
 */
class HttpPlatformRoute {

    @Bean
    PlatformRoute testPlatform(@Value("${test.platform.url}") String url, @Value("${test.node:node}") String node) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Messenger messenger = message -> post(http, url, node, message);
        return new PlatformRoute("test", messenger);
    }

    private static Delivery post(HttpClient http, String url, String node, Message message) {
        String body = node + "|" + message.kind() + "|" + ref(message) + "|"
                + message.to().stream().map(ParticipantId::value).collect(Collectors.joining(","));
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? Delivery.to(message.to())
                    : Delivery.failedFor(message.to(), "platform answered " + response.statusCode());
        } catch (IOException e) {
            return Delivery.failedFor(message.to(), "platform unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failedFor(message.to(), "interrupted");
        }
    }

    private static String ref(Message message) {
        return message.content().blocks().stream()
                .filter(Block.Actions.class::isInstance).map(Block.Actions.class::cast)
                .flatMap(actions -> actions.buttons().stream()).map(Block.Button::value)
                .findFirst().orElse("");
    }
}
