package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.testkit.Conversation;

/**
 * More feedback comments than a chat message should list: {@code feedback report} and
 * {@code report} list the first {@link Reply#LISTED}, say how many there are, and send
 * every one in a CSV file; a few comments come as before, with no file.
 */
class LongCommentListsTest {

    final Conversation chat = new Conversation();

    @Test
    void aLongFeedbackReportListsTheFirstCommentsAndSendsEveryCommentAsAFile() {
        comments(25);

        Reply report = chat.send(admin(), "feedback report");

        assertThat(report.fallback()).contains("Responses: 25", "Comment 01", "Comment 20",
                "Listed here: 20 of 25 comments. All of them are in mentorbot-default-comments.csv.",
                "File mentorbot-default-comments.csv: 25 rows.").doesNotContain("Comment 21");
        assertThat(everyComment(report)).containsExactlyElementsOf(expected(25));
    }

    @Test
    void aLongProgramReportDoesTheSame() {
        comments(23);

        Reply report = chat.send(admin(), "report");

        assertThat(report.fallback()).contains("Comment 20", "Listed here: 20 of 23 comments.").doesNotContain("Comment 21");
        assertThat(everyComment(report)).containsExactlyElementsOf(expected(23));
    }

    @Test
    void aFewCommentsAreAllListedWithNoFile() {
        comments(Reply.LISTED);

        Reply report = chat.send(admin(), "feedback report");

        assertThat(report.fallback()).contains("Comment 01", "Comment 20").doesNotContain("Listed here", ".csv");
        assertThat(report.blocks()).noneMatch(Block.Document.class::isInstance);
    }

    @Test
    void aCommentThatLooksLikeAFormulaIsNeutralisedInTheFile() {
        comments(24);
        chat.stores.feedback().respond(new FeedbackResponse(new PollId("poll-x"), new ParticipantId("slack:UX"), 3,
                "=HYPERLINK(\"http://example.com\",\"click\")", Conversation.MONDAY_MORNING));

        Reply report = chat.send(admin(), "feedback report");

        assertThat(document(report).content()).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\"");
    }

    /** {@code count} people answered a poll, each with a comment. */
    private void comments(int count) {
        for (int i = 1; i <= count; i++) {
            chat.stores.feedback().respond(new FeedbackResponse(new PollId("poll-" + i), new ParticipantId("slack:U" + i), 4,
                    String.format("Comment %02d, with a comma", i), Conversation.MONDAY_MORNING));
        }
    }

    private static List<String> expected(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("\"Comment %02d, with a comma\"", i)).toList();
    }

    /** The file's rows after its header, which is checked. */
    private static List<String> everyComment(Reply report) {
        Block.Document file = document(report);
        assertThat(file.filename()).isEqualTo("mentorbot-default-comments.csv");
        assertThat(file.mediaType()).isEqualTo("text/csv");
        List<String> lines = Arrays.asList(file.content().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("comment");
        return lines.subList(1, lines.size());
    }

    private static Block.Document document(Reply reply) {
        return reply.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast).findFirst()
                .orElseThrow();
    }
}
