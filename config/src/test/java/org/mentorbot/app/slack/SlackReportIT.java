package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@code /mentor report} in Slack: acknowledged at once, then the numbers arrive as
 * {@code Label: value} lines and each chart as a PNG file in the admin's direct messages. An
 * unknown program and a person who runs none are refused. A participant whose account is
 * deactivated ({@code user_change} with {@code deleted}) is counted as a leaver, once however
 * often Slack delivers the event.
 */
class SlackReportIT extends SlackEndToEnd {

    static final String ADMIN = "UADMIN";

    @Test
    void theReportPostsItsLinesAndUploadsItsCharts() throws Exception {
        SLACK.person("UREPMENTOR", "Remy", "Europe/Paris");
        SLACK.person("UREPMENTEE", "Rosa", "Europe/Paris");
        join("UREPMENTOR", Map.of("role", "mentor", "skills_offered", "cobol", "capacity", "1", "level", "6"));
        join("UREPMENTEE", Map.of("role", "mentee", "skills_wanted", "cobol", "level", "2"));
        assertThat(awaitResponse(command(ADMIN, "match").responseUrl()).body()).contains("introduced");

        java.util.function.Predicate<FakeSlackApi.Call> funnel = c -> c.param("filename").equals("mentorbot-default-funnel.png");
        int before = SLACK.calls("files.getUploadURLExternal", funnel).size();
        Sent report = command(ADMIN, "report");
        assertThat(report.json().toString()).as("acknowledged first").contains("On it");
        String answer = awaitResponse(report.responseUrl()).body();
        assertThat(answer).contains("Report on", "Mentees enrolled", "Matched", "Feedback responses",
                "Sent to you as a file, mentorbot-default-funnel.png");

        List<FakeSlackApi.Call> urls = await(() -> SLACK.calls("files.getUploadURLExternal", funnel), l -> l.size() > before,
                "the funnel's upload");
        FakeSlackApi.Call url = urls.get(urls.size() - 1);
        int length = Integer.parseInt(url.param("length"));
        FakeSlackApi.Call upload = await(() -> SLACK.calls("upload", c -> isPng(SLACK.uploadedBytes(c.param("file")))
                && SLACK.uploadedBytes(c.param("file")).length == length), l -> !l.isEmpty(), "the funnel's bytes").get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SLACK.uploadedBytes(upload.param("file"))));
        assertThat(image).as("a PNG that decodes").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(100);
        await(() -> SLACK.calls("files.completeUploadExternal", c -> c.param("channel_id").equals("D" + ADMIN)
                && c.param("files").contains(upload.param("file"))), l -> !l.isEmpty(), "the funnel in the admin's DM");
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    @Test
    void anUnknownProgramAndSomeoneWhoRunsNoneAreRefused() {
        assertThat(awaitResponse(command(ADMIN, "report nosuch").responseUrl()).body()).contains("nosuch");
        assertThat(command("UREPNOBODY", "report").response().body()).contains("Only program admins can do that");
    }

    @Test
    void aDeactivatedAccountIsCountedAsALeaverOnce() {
        SLACK.person("UREPLEAVER", "Lou", "Europe/Paris");
        join("UREPLEAVER", Map.of("role", "mentee", "skills_wanted", "pascal", "level", "2"));

        SlackRequests.Body deactivated = SlackRequests.event("user-change-deactivated.json",
                Map.of("user_id", "UREPLEAVER", "event_id", unique("EvLEAVE"), "event_ts", "1700000003.000100"));
        assertThat(requests().send(deactivated).statusCode()).isEqualTo(200);
        assertThat(requests().send(deactivated, java.time.Instant.now().getEpochSecond() + 1,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode())
                .as("Slack delivers it again, signed anew").isEqualTo(200);

        String report = await(() -> awaitResponse(command(ADMIN, "report").responseUrl()).body(),
                body -> body.contains("Left the organisation"), "the leaver in the report");
        assertThat(report).contains("Left the organisation: 1 of");
    }
}
