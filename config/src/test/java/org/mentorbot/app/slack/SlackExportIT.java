package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /mentor export} in Slack: acknowledged at once, then the person's data arrives as a file
 * in their direct messages with the bot, uploaded the way Slack asks today (an upload URL, the
 * bytes, then completing the upload into the conversation), and the answer says so instead of
 * pasting the JSON into the channel.
 */
class SlackExportIT extends SlackEndToEnd {

    static final String PERSON = "UEXPORT1";

    @Test
    void theExportArrivesAsAFileInTheDirectMessages() throws Exception {
        SLACK.person(PERSON, "Esme", "Europe/Lisbon");
        join(PERSON, Map.of("role", "mentee", "skills_wanted", "kotlin", "level", "2"));

        Sent export = command(PERSON, "export");
        assertThat(export.json().toString()).as("acknowledged first").contains("On it");
        String answer = awaitResponse(export.responseUrl()).body();
        assertThat(answer).contains("Sent to you as a file, mentorbot-data.json, in our direct messages").doesNotContain("```");

        FakeSlackApi.Call url = awaitOne("files.getUploadURLExternal", c -> c.param("filename").equals("mentorbot-data.json"));
        FakeSlackApi.Call bytes = awaitOne("upload", c -> c.body().contains(PERSON));
        assertThat(Integer.parseInt(url.param("length"))).isEqualTo(bytes.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        JsonNode data = FakeSlackApi.JSON.readTree(bytes.body());
        assertThat(data.path("id").asText()).isEqualTo("slack:" + PERSON);
        assertThat(data.path("profile").toString()).contains("kotlin");
        FakeSlackApi.Call completed = awaitOne("files.completeUploadExternal", c -> c.param("channel_id").equals("D" + PERSON));
        assertThat(completed.json("files").get(0).path("id").asText()).isEqualTo(bytes.param("file"));
    }
}
