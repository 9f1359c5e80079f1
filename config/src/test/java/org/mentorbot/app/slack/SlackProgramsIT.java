package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two programs from a programs file, in Slack: "join" asks which program with a button each,
 * the button opens that program's form with its objectives, and each program keeps its own
 * people and admins.
 */
class SlackProgramsIT extends SlackEndToEnd {

    static final String ANA = "UANA";

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> ProgramFiles.copy("/programs/two-programs.yml"));
    }

    @Test
    void aPersonPicksAProgramWithAButtonAndJoinsIt() {
        JsonNode which = command(ANA, "join").json();
        assertThat(which.toString()).contains("Which program?", "command.run", "join eng", "join leaders");

        Sent pressed = click(ANA, "command.run", "join eng", "D" + ANA, "1700000300.000100");
        assertThat(pressed.response().statusCode()).isEqualTo(200);
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(pressed.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.join");
        assertThat(modal.path("private_metadata").asText()).isEqualTo("eng~");
        assertThat(modal.path("blocks").toString()).contains("You are joining Engineering mentoring",
                "Grow engineers into technical leaders");

        JsonNode welcome = new Sent(requests().send(joinBody(ANA, Map.of("role", "mentee", "skills_wanted", "go"),
                modal.path("private_metadata").asText())), "", "").json();
        assertThat(welcome.toString()).contains("Welcome");

        assertThat(command(ANA, "programs").json().toString()).contains("Engineering mentoring (eng): running",
                "You take part as a mentee", "New managers cohort (leaders): running", "join leaders");
    }

    @Test
    void aProgramAdminRunsOnlyTheirProgram() {
        assertThat(command("UENGLEAD", "stats leaders").json().toString()).contains("Only program admins");
        Sent stats = command("UENGLEAD", "stats", "CENG");
        assertThat(stats.json().path("response_type").asText()).isEqualTo("in_channel");
        assertThat(stats.json().toString()).contains("Mentoring program stats");
        assertThat(command("UADMIN", "stats", "CALL").json().toString()).contains("Mentoring program stats: all",
                "Engineering mentoring (eng)", "New managers cohort (leaders)");
    }

    @Test
    void anAdminCreatesAProgramThroughTheModal() {
        Sent opened = command("UADMIN", "program new");
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId())).json("view");
        assertThat(modal.path("callback_id").asText()).isEqualTo("form.program");

        JsonNode created = new Sent(requests().send(SlackRequests.interaction("view-submission-program.json", Map.ofEntries(
                Map.entry("user_id", "UADMIN"), Map.entry("user_name", "uadmin"), Map.entry("trigger_id", unique("trigger.program.")),
                Map.entry("view_id", unique("VPROGRAM")), Map.entry("context", ""), Map.entry("slug", "reverse-2027"),
                Map.entry("name", "Reverse mentoring"), Map.entry("kind", "reverse"), Map.entry("matching", "admin"),
                Map.entry("checkinInterval", "P14D"), Map.entry("firstCheckinAfter", "P7D"), Map.entry("feedbackAfter", "P30D"),
                Map.entry("enrolment", "open")))), "", "").json();

        assertThat(created.toString()).contains("Created Reverse mentoring (reverse-2027)");
        assertThat(command("UADMIN", "programs").json().toString()).contains("Reverse mentoring (reverse-2027): running");
    }
}
