package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.mentorbot.web.WebInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** MENTORBOT_PLAYGROUND=false: no page, no API, no web platform; the bot still serves. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mentorbot.playground.enabled=false")
class PlaygroundOffIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void turnedOffThereIsNoPlayground() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(context.getBeansOfType(WebInbox.class)).isEmpty();
    }
}
