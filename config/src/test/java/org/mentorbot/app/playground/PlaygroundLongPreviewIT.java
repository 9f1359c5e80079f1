package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.OneSkillRoster;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A preview with more pairs than a message should list, in the playground: the reply lists 20
 * pairs and says how many there are, and carries the whole list as a CSV document the page offers
 * as a download. The people are written straight into the store of an application of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=mentorbot-playground-long-preview")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PlaygroundLongPreviewIT {

    static final int MENTORS = 30;

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLongPreviewListsTwentyPairsAndOffersTheWholeListAsADownload() throws Exception {
        JsonNode admin = json.readTree(post("/playground/api/people", "{\"name\":\"Preview Admin\",\"timezone\":\"UTC\"}").body());
        assertThat(admin.get("admin").asBoolean()).as("the first person on loopback runs the program").isTrue();
        Instant now = Instant.now();
        for (int i = 0; i < MENTORS; i++) {
            OneSkillRoster.enrol(stores, ParticipantId.of("web", "lp-mentor-" + i), "Long Mentor " + i, Role.MENTOR, "pascal", now);
            OneSkillRoster.enrol(stores, ParticipantId.of("web", "lp-mentee-" + i), "Long Mentee " + i, Role.MENTEE, "pascal", now);
        }

        HttpResponse<String> answer = post("/playground/api/people/" + admin.get("id").asText() + "/commands", "{\"text\":\"match preview\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode reply = json.readTree(answer.body()).at("/replies/0");
        List<JsonNode> fields = new ArrayList<>();
        reply.get("blocks").forEach(b -> b.path("fields").forEach(fields::add));
        assertThat(fields).as("20 pairs listed").hasSize(20);
        assertThat(reply.get("fallback").asText()).contains("30 pairs, 0 waiting", "Listed here: 20 of 30 pairs")
                .doesNotContain("outcome,mentor");
        JsonNode document = reply.findValue("document");
        assertThat(document.get("filename").asText()).isEqualTo("mentorbot-match-preview.csv");
        assertThat(document.get("mediaType").asText()).isEqualTo("text/csv");
        List<String> rows = Arrays.asList(document.get("content").asText().split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("outcome,mentor,mentor_id,mentee,mentee_id,score,why");
        assertThat(rows.subList(1, rows.size())).hasSize(MENTORS)
                .allSatisfy(r -> assertThat(r).startsWith("pair,Long Mentor ").contains(",web:lp-mentor-", ",Long Mentee ", "pascal"));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
