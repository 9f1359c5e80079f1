package org.mentorbot.core.feedback;

import java.time.Instant;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;

/** One person's answer to a poll. */
public record FeedbackResponse(PollId poll, ParticipantId by, int rating, String comment, Instant at) {

    public static final int MAX_COMMENT = 1000;

    public FeedbackResponse {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment must be at most " + MAX_COMMENT + " characters");
        }
    }
}
