package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code /mentor feedback report} with more comments than a message should list, in Slack: it is
 * acknowledged first, the answer lists 20 comments and says how many there are, and every comment
 * arrives as a CSV file in the admin's direct messages only. The answers are written straight
 * into the store, in an application of this class's own.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-slack-long-comments")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackLongCommentsIT extends SlackEndToEnd {

    static final int COMMENTS = 25;
    static final String FILE = "mentorbot-default-comments.csv";

    @Autowired
    Stores stores;

    @BeforeAll
    void manyAnswered() {
        for (int i = 1; i <= COMMENTS; i++) {
            stores.feedback().respond(new FeedbackResponse(new PollId("long-comments-" + i), ParticipantId.of("slack", "ULCPERSON" + i), 4,
                    String.format("Long comment %02d, =sum(1)", i), Instant.now()));
        }
    }

    @Test
    void aLongFeedbackReportListsTwentyCommentsAndSendsEveryCommentAsAFileToTheAdminOnly() {
        Sent report = command("UADMIN", "feedback report");
        assertThat(report.json().toString()).as("acknowledged first").contains("On it");

        FakeSlackApi.Call answer = awaitResponse(report.responseUrl());
        assertThat(answer.json(null).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.json(null).path("blocks").size()).isBetween(1, 50);
        assertThat(answer.body()).contains("Long comment 01", "Long comment 20", "Listed here: 20 of 25 comments", FILE)
                .doesNotContain("Long comment 21");

        FakeSlackApi.Call url = awaitOne("files.getUploadURLExternal", c -> c.param("filename").equals(FILE));
        FakeSlackApi.Call bytes = awaitOne("upload", c -> c.body().startsWith("comment\r\n\"Long comment"));
        assertThat(Integer.parseInt(url.param("length"))).isEqualTo(bytes.body().getBytes(StandardCharsets.UTF_8).length);
        List<String> rows = Arrays.asList(bytes.body().split("\r\n"));
        assertThat(rows).hasSize(1 + COMMENTS).contains("\"Long comment 25, =sum(1)\"");
        awaitOne("files.completeUploadExternal", c -> c.param("channel_id").equals("DUADMIN") && c.param("files").contains(FILE));
    }
}
