package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mentorbot.app.OneSkillRoster;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code /mentor match preview} with more pairs than a message should list, in Slack: the answer
 * lists the first 20 pairs and says how many there are, within Slack's 50 blocks, and the whole
 * list arrives as a CSV file in the admin's direct messages, uploaded as {@code export} files are.
 * The people are written straight into the store (many joins would only wait on Slack's pace),
 * in an application of this class's own, so that nobody else's people are matched with them.
 */
@TestPropertySource(properties = "spring.application.name=mentorbot-slack-long-preview")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackLongPreviewIT extends SlackEndToEnd {

    static final int MENTORS = 30;
    static final String SKILL = "cobol74";

    @Autowired
    Stores stores;

    @BeforeAll
    void enrolManyOnOneSkill() {
        Instant now = Instant.now();
        for (int i = 0; i < MENTORS; i++) {
            OneSkillRoster.enrol(stores, ParticipantId.of("slack", "ULPMENTOR" + i), "Long Mentor " + i, Role.MENTOR, SKILL, now);
            OneSkillRoster.enrol(stores, ParticipantId.of("slack", "ULPMENTEE" + i), "Long Mentee " + i, Role.MENTEE, SKILL, now);
        }
    }

    @Test
    void aLongPreviewListsTwentyPairsAndSendsTheWholeListAsAFile() throws Exception {
        Sent preview = command("UADMIN", "match preview");
        assertThat(preview.json().toString()).as("acknowledged first").contains("On it");

        FakeSlackApi.Call answer = awaitResponse(preview.responseUrl());
        JsonNode message = FakeSlackApi.JSON.readTree(answer.body());
        assertThat(message.path("blocks").size()).isBetween(1, 50);
        assertThat(answer.body()).contains("Listed here: 20 of ", "The whole list is in mentorbot-match-preview.csv")
                .doesNotContain("more parts were left out");

        FakeSlackApi.Call url = awaitOne("files.getUploadURLExternal", c -> c.param("filename").equals("mentorbot-match-preview.csv"));
        FakeSlackApi.Call bytes = awaitOne("upload", c -> c.body().startsWith("outcome,mentor,mentor_id,mentee,mentee_id,score,why"));
        assertThat(Integer.parseInt(url.param("length"))).isEqualTo(bytes.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        List<String> rows = Arrays.asList(bytes.body().split("\r\n"));
        assertThat(rows.stream().filter(r -> r.startsWith("pair,Long Mentor ")))
                .as("every pair of the program, not only the 20 listed").hasSize(MENTORS)
                .allSatisfy(r -> assertThat(r).contains(",slack:ULPMENTOR", ",Long Mentee ", ",slack:ULPMENTEE", SKILL));
        awaitOne("files.completeUploadExternal", c -> c.param("channel_id").equals("DUADMIN")
                && c.param("files").contains("mentorbot-match-preview.csv"));
    }
}
