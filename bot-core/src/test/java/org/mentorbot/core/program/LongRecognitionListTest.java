package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.recognition.RecognitionStore;
import org.mentorbot.core.testkit.Conversation;

/**
 * {@code recognition} with more mentors who opted in than a message should list: the message
 * names the first {@link Reply#LISTED} by meetings held, says how many there are, and a CSV file
 * holds every one; mentors who keep their recognition private are in neither.
 */
class LongRecognitionListTest {

    final Conversation chat = new Conversation();
    final RecognitionStore store = chat.stores.recognition();

    @Test
    void aLongListNamesTheFirstMentorsAndSendsEveryOneWhoOptedInAsAFile() {
        mentors(24, true);
        mentors(2, false);

        Reply list = chat.send(admin(), "recognition");

        assertThat(list.fallback()).contains("Mentor 24: 24 meetings held, 0 thanks received",
                "Mentor 05: 5 meetings held", "Listed here: 20 of 24 mentors. All of them are in mentorbot-default-recognition.csv.",
                "2 more mentors held meetings but keep their recognition private", "File mentorbot-default-recognition.csv: 24 rows.")
                .doesNotContain("Mentor 04:", "Private");
        Block.Document file = list.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow();
        assertThat(file.filename()).isEqualTo("mentorbot-default-recognition.csv");
        List<String> lines = Arrays.asList(file.content().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("mentor,mentor_id,meetings,thanks");
        assertThat(lines).hasSize(1 + 24);
        assertThat(lines.get(1)).isEqualTo("Mentor 24,slack:UMENTOR24,24,0");
        assertThat(lines.get(24)).isEqualTo("Mentor 01,slack:UMENTOR1,1,0");
        assertThat(lines).noneMatch(line -> line.contains("Private"));
    }

    @Test
    void aShortListNamesEveryoneWithNoFile() {
        mentors(Reply.LISTED, true);

        Reply list = chat.send(admin(), "recognition");

        assertThat(list.fallback()).contains("Mentor 01: 1 meeting held").doesNotContain("Listed here", ".csv");
        assertThat(list.blocks()).noneMatch(Block.Document.class::isInstance);
    }

    /** {@code count} mentors, the n-th of whom held n meetings, who opted in to recognition or keep it private. */
    private void mentors(int count, boolean optedIn) {
        for (int n = 1; n <= count; n++) {
            String name = optedIn ? String.format("Mentor %02d", n) : "Private " + n;
            Actor mentor = person((optedIn ? "UMENTOR" : "UPRIVATE") + n, name);
            chat.join(mentor, Map.of("role", "mentor", "skillsOffered", "rust", "level", "6"));
            ParticipantId id = mentor.id();
            for (int meeting = 1; meeting <= n; meeting++) {
                store.recordMeeting(id, "meeting-" + meeting);
            }
            store.optIn(id, optedIn);
        }
    }
}
