package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@code /mentor report} in Slack: acknowledged at once, then the numbers arrive as
 * {@code Label: value} lines and each chart as a PNG file in the admin's direct messages. An
 * unknown program and a person who runs none are refused.
 */
class SlackReportIT extends SlackEndToEnd {

    static final String ADMIN = "UADMIN";

    @Test
    void theReportPostsItsLinesAndUploadsItsCharts() throws Exception {
        SLACK.person("UREPMENTOR", "Remy", "Europe/Paris");
        SLACK.person("UREPMENTEE", "Rosa", "Europe/Paris");
        join("UREPMENTOR", Map.of("role", "mentor", "skills_offered", "cobol", "capacity", "1", "level", "6"));
        join("UREPMENTEE", Map.of("role", "mentee", "skills_wanted", "cobol", "level", "2"));
        assertThat(awaitResponse(command(ADMIN, "match").responseUrl()).body()).contains("new pairs introduced");

        Sent report = command(ADMIN, "report");
        assertThat(report.json().toString()).as("acknowledged first").contains("On it");
        String answer = awaitResponse(report.responseUrl()).body();
        assertThat(answer).contains("Report on", "Mentees enrolled", "Matched", "Feedback responses",
                "Sent to you as a file, mentorbot-default-funnel.png");

        FakeSlackApi.Call url = awaitOne("files.getUploadURLExternal", c -> c.param("filename").equals("mentorbot-default-funnel.png"));
        int length = Integer.parseInt(url.param("length"));
        FakeSlackApi.Call upload = awaitOne("upload", c -> isPng(SLACK.uploadedBytes(c.param("file")))
                && SLACK.uploadedBytes(c.param("file")).length == length);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SLACK.uploadedBytes(upload.param("file"))));
        assertThat(image).as("a PNG that decodes").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(100);
        awaitOne("files.completeUploadExternal", c -> c.param("channel_id").equals("D" + ADMIN)
                && c.param("files").contains("mentorbot-default-funnel.png"));
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    @Test
    void anUnknownProgramAndSomeoneWhoRunsNoneAreRefused() {
        assertThat(awaitResponse(command(ADMIN, "report nosuch").responseUrl()).body()).contains("nosuch");
        assertThat(command("UREPNOBODY", "report").response().body()).contains("Only program admins can do that");
    }
}
