package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /mentor export} in Slack: acknowledged at once, then the person's data arrives as a file
 * in their direct messages with the bot, uploaded the way Slack asks today (an upload URL, the
 * bytes, then completing the upload into the conversation), and the answer says so instead of
 * pasting the JSON into the channel. {@code /mentor export program} hands an admin the program's
 * pairings the same way, as a CSV file; anyone else is refused at once.
 */
class SlackExportIT extends SlackEndToEnd {

    static final String PERSON = "UEXPORT1";
    static final String ADMIN = "UADMIN";

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

    @Test
    void anAdminGetsTheProgramsPairingsAsACsvFileAndNobodyElseDoes() throws Exception {
        SLACK.person("UEXPMENTOR", "Dana, \"the\" mentor", "Europe/Lisbon");
        SLACK.person("UEXPMENTEE", "=HYPERLINK(1)", "Europe/Lisbon");
        join("UEXPMENTOR", Map.of("role", "mentor", "skills_offered", "fortran77", "capacity", "1", "level", "6"));
        join("UEXPMENTEE", Map.of("role", "mentee", "skills_wanted", "fortran77", "level", "2"));
        assertThat(awaitResponse(command(ADMIN, "match").responseUrl()).body()).contains("introduced");

        Sent refused = command("UEXPMENTEE", "export program");
        assertThat(refused.response().body()).as("refused at once").contains("Only program admins can do that");

        Sent export = command(ADMIN, "export program");
        assertThat(export.json().toString()).as("acknowledged first").contains("On it");
        assertThat(awaitResponse(export.responseUrl()).body()).contains("The pairings of", "mentorbot-default-pairings.csv");
        FakeSlackApi.Call bytes = awaitOne("upload", c -> c.body().startsWith("program,mentor,mentee"));
        List<List<String>> rows = parse(bytes.body());
        assertThat(rows.get(0)).containsExactly("program", "mentor", "mentee", "introduced", "status", "ended", "ended_why",
                "meetings_logged", "last_checkin", "goals_set", "goals_achieved", "stalled");
        assertThat(rows).filteredOn(r -> r.get(1).equals("Dana, \"the\" mentor")).singleElement().satisfies(row -> {
            assertThat(row.get(2)).as("a formula is written as text").isEqualTo("'=HYPERLINK(1)");
            assertThat(row.subList(4, 12)).containsExactly("active", "", "", "0", "", "0", "0", "no");
        });
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(12));
        awaitOne("files.completeUploadExternal", c -> c.param("channel_id").equals("D" + ADMIN)
                && c.param("files").contains("mentorbot-default-pairings.csv"));
    }

    /** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(row).as("the file ends with a line end").isEmpty();
        return rows;
    }
}
