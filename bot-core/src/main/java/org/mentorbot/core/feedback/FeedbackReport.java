package org.mentorbot.core.feedback;

import java.util.List;
import java.util.Locale;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;

/**
 * What the program's admins learn from the feedback polls: how many answered, the average
 * rating and the comments, without names. The poll form promises that only the admins see
 * comments, so they are shown to the admin who asks and nowhere else, sorted rather than in the
 * order they came, and only once at least {@link #MIN_ANSWERS} exist: fewer could be traced
 * to a person. The average is withheld under the same number of answers.
 */
public final class FeedbackReport {

    public static final int MIN_ANSWERS = 3;

    private final FeedbackStore feedback;
    private final Copy copy;

    public FeedbackReport(FeedbackStore feedback, Copy copy) {
        this.feedback = feedback;
        this.copy = copy;
    }

    /** The report for the program called {@code programName}: a private answer to the admin who asked. */
    public Reply report(String programName) {
        List<FeedbackResponse> responses = feedback.responses();
        List<String> comments = responses.stream().map(FeedbackResponse::comment).filter(c -> !c.isBlank()).sorted().toList();
        String average = responses.size() < MIN_ANSWERS ? copy.text("stats.withheld", MIN_ANSWERS)
                : String.format(Locale.ROOT, "%.1f / 5", responses.stream().mapToInt(FeedbackResponse::rating).average().orElse(0));
        Reply.Builder reply = Reply.builder().header(copy.text("feedback.report.title", programName)).fields(List.of(
                new Field(copy.text("feedback.report.responses"), String.valueOf(responses.size())),
                new Field(copy.text("feedback.report.average"), average)));
        if (comments.size() < MIN_ANSWERS) {
            return reply.text(copy.text("feedback.report.withheld", MIN_ANSWERS, comments.size())).build();
        }
        reply.text(copy.text("feedback.report.comments"));
        comments.forEach(reply::text);
        return reply.build();
    }
}
