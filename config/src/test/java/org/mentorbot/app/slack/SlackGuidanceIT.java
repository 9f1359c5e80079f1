package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guidance and recognition in Slack: the join confirmation brings the role's guide,
 * {@code resources} the guides for the role, the introduction the first-meeting agenda; a mentee
 * thanks the mentor (a DM, shared in the program's channel only when the sender presses
 * <i>Share</i>), and the mentor's first meeting is posted in the channel because they opted in.
 * Nothing typed becomes a mention there.
 */
class SlackGuidanceIT extends SlackEndToEnd {

    static final String MENTOR = "UGMENTOR";
    static final String MENTEE = "UGMENTEE";
    static final String CHANNEL = "C0RECOG";

    @DynamicPropertySource
    static void programsFile(DynamicPropertyRegistry registry) {
        registry.add("mentorbot.programs-file", () -> ProgramFiles.copy("/programs/guidance-slack.yml"));
    }

    @Test
    void guidesThanksAndAMilestoneInTheChannel() {
        SLACK.person(MENTOR, "Gina", "Europe/Berlin");
        SLACK.person(MENTEE, "Hugo", "Europe/Berlin");
        assertThat(joinGuide(MENTOR, Map.of("role", "mentor", "skills_offered", "go", "level", "6"))).contains("What is expected of a mentor");
        assertThat(joinGuide(MENTEE, Map.of("role", "mentee", "skills_wanted", "go", "level", "2"))).contains("What is expected of a mentee");

        JsonNode guides = command(MENTEE, "resources").json();
        assertThat(guides.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(guides.toString()).contains("Guides for you as a mentee", "Your first meeting: an agenda", "Mentee handbook",
                "https://intranet.example/mentees").doesNotContain("What is expected of a mentor");

        assertThat(command(MENTOR, "recognition on").json().toString()).contains("may now be recognised");
        Sent match = command("UADMIN", "match guide");
        assertThat(awaitResponse(match.responseUrl()).body()).contains("1 new pair introduced");
        String group = FakeSlackApi.groupOf(awaitOne("conversations.open", c -> c.param("users").contains(MENTOR)).param("users"));
        assertThat(awaitOne("chat.postMessage", c -> c.param("channel").equals(group)).param("text")).contains("Your first meeting");

        JsonNode sent = command(MENTEE, "thanks <!channel> you are <b>great</b>").json();
        assertThat(sent.toString()).contains("Your thanks went to Gina", "thanks.share");
        FakeSlackApi.Call received = awaitOne("chat.postMessage", c -> c.param("channel").equals(MENTOR) && c.param("text").contains("thank you"));
        assertThat(received.param("text")).contains("Hugo says thank you", "&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(SLACK.calls("chat.postMessage", c -> c.param("channel").equals(CHANNEL))).as("not shared without consent").isEmpty();

        String thanksId = SlackJourneyIT.buttonValue(sent.path("blocks"), "thanks.share");
        Sent share = click(MENTEE, "thanks.share", thanksId, "D" + MENTEE, "1700000400.000100");
        assertThat(share.response().statusCode()).isEqualTo(200);
        FakeSlackApi.Call post = awaitOne("chat.postMessage", c -> c.param("channel").equals(CHANNEL) && c.param("text").contains("thanked"));
        assertThat(post.param("text")).contains("Hugo thanked Gina", "&lt;!channel&gt;").doesNotContain("<!channel>");

        Sent nudge = command("UADMIN", "nudge guide");
        assertThat(awaitResponse(nudge.responseUrl()).body()).contains("Check-in sent to 1 pair");
        FakeSlackApi.Call prompt = awaitOne("chat.postMessage", c -> c.param("channel").equals(group) && c.param("blocks").contains("checkin.met"));
        Sent met = click(MENTOR, "checkin.met", SlackJourneyIT.buttonValue(prompt.json("blocks"), "checkin.met"), group, "1700000500.000100");
        assertThat(awaitResponse(met.responseUrl()).body()).contains("answered: We met", "thanks.open");
        awaitOne("chat.postMessage", c -> c.param("channel").equals(CHANNEL) && c.param("text").contains("Please welcome Gina"));
        awaitOne("chat.postMessage", c -> c.param("channel").equals(MENTOR) && c.param("text").contains("first mentoring meeting"));

        JsonNode stats = command("UADMIN", "stats guide", "C0GENERAL").json();
        assertThat(stats.path("text").asText()).contains("Thanks sent: 1");
        assertThat(awaitResponse(command("UADMIN", "recognition guide").responseUrl()).body())
                .contains("Gina: 1 meeting held, 1 thanks received");
    }

    @Test
    void thanksWithoutAPartnerOrTooLongReachNobody() {
        assertThat(command("UNOBODY", "thanks so much").json().toString()).contains("no partner");
        assertThat(command("UNOBODY", "thanks " + "a".repeat(1_000)).json().toString()).contains("the limit is 500");
        assertThat(command("UNOBODY", "thanks " + "a".repeat(5_000)).response().statusCode())
                .as("longer than a slash command's text can be: refused at the door").isEqualTo(400);
        sleep(java.time.Duration.ofMillis(300));
        assertThat(SLACK.calls("chat.postMessage", c -> c.param("text").contains("so much") || c.param("text").contains("aaaa"))).isEmpty();
    }

    private String joinGuide(String user, Map<String, String> fields) {
        Sent opened = command(user, "join guide");
        JsonNode modal = awaitOne("views.open", c -> c.param("trigger_id").equals(opened.triggerId())).json("view");
        JsonNode welcome = new Sent(requests().send(joinBody(user, fields, modal.path("private_metadata").asText())), "", "").json();
        assertThat(welcome.toString()).contains("Welcome");
        return welcome.toString();
    }
}
