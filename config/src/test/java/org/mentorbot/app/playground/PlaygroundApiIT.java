package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.conversation.CommandList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.AbstractConfigurableWebServerFactory;

/**
 * The app started with no settings at all serves the playground, and its API answers bad
 * input with a 400 and a sentence, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundApiIT {

    private static final String LONG = "x".repeat(2001);

    @LocalServerPort
    int port;

    @Autowired
    AbstractConfigurableWebServerFactory server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void withNoSettingsTheRunCommandOpensOntoThePlaygroundOnLoopback() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
        assertThat(page.body()).contains("<title>Mentorbot playground</title>", "/playground/assets/playground.js");
        assertThat(get("/playground/assets/playground.js").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void aPersonTalksToTheBotAndGetsItsRepliesAsTypedBlocks() throws Exception {
        JsonNode person = json.readTree(post("/playground/api/people", "{\"name\":\"Api Person\",\"timezone\":\"Asia/Tokyo\"}").body());

        HttpResponse<String> join = post("/playground/api/people/" + person.get("id").asText() + "/commands", "{\"text\":\"join\"}");

        assertThat(join.statusCode()).isEqualTo(200);
        JsonNode form = json.readTree(join.body()).at("/replies/0/blocks/0");
        assertThat(form.get("type").asText()).isEqualTo("form");
        assertThat(form.at("/form/id").asText()).isEqualTo("form.join");
        assertThat(form.at("/form/inputs").findValuesAsText("initial")).contains("Asia/Tokyo");
    }

    @Test
    void theCommandWordsAreTheCoresInTheHelpsOrder() throws Exception {
        HttpResponse<String> answer = get("/playground/api/commands");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode commands = json.readTree(answer.body());
        assertThat(json.convertValue(commands.get("everyone"), String[].class)).containsExactlyElementsOf(CommandList.everyone());
        assertThat(json.convertValue(commands.get("admins"), String[].class)).containsExactlyElementsOf(CommandList.admins());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad JSON                 | /playground/api/people                  | {"name":                                  | JSON of the documented shape
            JSON of the wrong shape  | /playground/api/people                  | [1, 2]                                    | JSON of the documented shape
            missing name             | /playground/api/people                  | {"timezone":"UTC"}                        | a name is required
            overlong name            | /playground/api/people                  | {"name":"%s","timezone":"UTC"}            | a name is at most 80 characters
            unknown time zone        | /playground/api/people                  | {"name":"Zed","timezone":"Mars/Olympus"}  | Unknown time zone
            unknown person           | /playground/api/people/nobody/commands  | {"text":"help"}                           | Nobody in the playground has that id
            overlong command         | /playground/api/people/{admin}/commands | {"text":"%s"}                             | a command is at most 2000 characters
            button without action    | /playground/api/people/{admin}/buttons  | {"value":"x"}                             | the button's action id is required
            message id not a number  | /playground/api/people/{admin}/buttons  | {"actionId":"checkin.met","messageId":"x"} | JSON of the documented shape
            form value null          | /playground/api/people/{admin}/forms    | {"formId":"form.join","values":{"role":null}} | a value cannot be null
            form without values      | /playground/api/people/{admin}/forms    | {"formId":"form.join"}                    | the form's values are required
            """)
    void badInputIsA400WithASentence(String what, String path, String body, String message) throws Exception {
        String someone = json.readTree(post("/playground/api/people", "{\"name\":\"Checker\",\"timezone\":\"UTC\"}").body())
                .get("id").asText();

        HttpResponse<String> answer = post(path.replace("{admin}", someone), body.formatted(LONG));

        assertThat(answer.statusCode()).as(what).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("error").asText()).contains(message);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithoutA500() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/playground/api/people"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Ada")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("Send JSON");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
