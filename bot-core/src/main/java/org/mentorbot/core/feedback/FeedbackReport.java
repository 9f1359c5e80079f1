package org.mentorbot.core.feedback;

import java.util.List;
import java.util.Locale;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.Anonymity;

/**
 * What the program's admins learn from the feedback polls: how many answered, the average
 * rating and the comments, without names. The poll form promises that only the admins see
 * comments, so they are shown to the admin who asks and nowhere else, sorted rather than in the
 * order they came, and only once at least the {@link Anonymity} minimum exist: fewer could be
 * traced to a person. The average is withheld under the same number of answers. A long list of
 * comments comes as a file ({@link CommentList}).
 */
public final class FeedbackReport {

    private final FeedbackStore feedback;
    private final Copy copy;
    private final Anonymity anonymity;

    public FeedbackReport(FeedbackStore feedback, Copy copy, Anonymity anonymity) {
        this.feedback = feedback;
        this.copy = copy;
        this.anonymity = anonymity;
    }

    /**
     * The report for the program called {@code programName} whose slug is {@code slug}: a private
     * answer to the admin who asked.
     */
    public Reply report(String programName, String slug) {
        List<FeedbackResponse> responses = feedback.responses();
        List<String> comments = responses.stream().map(FeedbackResponse::comment).filter(c -> !c.isBlank()).sorted().toList();
        int minimum = anonymity.minimum();
        String average = !anonymity.allows(responses.size()) ? copy.text("stats.withheld", minimum)
                : String.format(Locale.ROOT, "%.1f / 5", responses.stream().mapToInt(FeedbackResponse::rating).average().orElse(0));
        Reply.Builder reply = Reply.builder().header(copy.text("feedback.report.title", programName)).fields(List.of(
                new Field(copy.text("feedback.report.responses"), String.valueOf(responses.size())),
                new Field(copy.text("feedback.report.average"), average)));
        new CommentList(copy, anonymity).addTo(reply, slug, comments);
        return reply.build();
    }
}
