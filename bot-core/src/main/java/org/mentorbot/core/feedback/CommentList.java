package org.mentorbot.core.feedback;

import java.util.List;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.CsvFile;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.Anonymity;

/**
 * Feedback comments as the admin who asks reads them, in {@code feedback report} and
 * {@code report}: none under the {@link Anonymity} minimum, only how many there are; otherwise the
 * first {@link Reply#LISTED} in the message and, when there are more, every one of them in a CSV file
 * that goes with it, as no platform shows hundreds of lines in one message.
 */
public final class CommentList {

    private final Copy copy;
    private final Anonymity anonymity;

    public CommentList(Copy copy, Anonymity anonymity) {
        this.copy = copy;
        this.anonymity = anonymity;
    }

    /** The file that holds every comment of the program whose slug is {@code slug}. */
    private static String fileName(String slug) {
        return "mentorbot-" + slug + "-comments.csv";
    }

    /** Adds {@code comments}, already in the order they are shown in, to {@code reply}. */
    public void addTo(Reply.Builder reply, String slug, List<String> comments) {
        if (!anonymity.allows(comments.size())) {
            reply.text(copy.text("feedback.report.withheld", anonymity.minimum(), comments.size()));
            return;
        }
        reply.text(copy.text("feedback.report.comments"));
        comments.stream().limit(Reply.LISTED).forEach(reply::text);
        if (comments.size() > Reply.LISTED) {
            String file = fileName(slug);
            reply.text(copy.text("feedback.report.more", Reply.LISTED, comments.size(), file));
            CsvFile table = new CsvFile(List.of("comment"), comments.stream().map(List::of).toList());
            reply.attachment(table.document(file), copy.text("list.file", file, comments.size()));
        }
    }
}
