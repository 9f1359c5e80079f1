package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code --demo}: the sample people are enrolled, and the person the page opens on is the program admin. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class PlaygroundDemoIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoOpensOnTheAdminWhoCanRunAMatchPreview() throws Exception {
        JsonNode people = new ObjectMapper().readTree(send(HttpRequest.newBuilder(api("/people")).GET()).body());
        JsonNode first = people.get(0);

        assertThat(people.size()).isGreaterThan(20);
        assertThat(first.get("admin").asBoolean()).as("the page opens on the first person: " + first).isTrue();
        String preview = send(HttpRequest.newBuilder(api("/people/" + first.get("id").asText() + "/commands"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"match preview\"}"))).body();
        assertThat(preview).doesNotContain("Only program admins").contains("Matching preview");
    }

    private URI api(String path) {
        return URI.create("http://127.0.0.1:" + port + "/playground/api" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
