package org.mentorbot.core.choice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.people.ParticipantId;

/**
 * A mentee asking a suggested mentor to mentor them. While it is pending it holds one of the
 * mentor's seats; the mentor accepts or declines before {@code dueAt}, or it expires.
 *
 * @param answeredAt when it stopped being pending, or {@code null} while pending
 */
public record MentorRequest(RequestId id, ParticipantId mentee, ParticipantId mentor, Status status, Instant requestedAt,
                            Instant dueAt, int score, List<MatchReason> reasons, Instant answeredAt) {

    public MentorRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentee, "mentee");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        if (mentee.equals(mentor)) {
            throw new IllegalArgumentException("nobody mentors themself: " + mentor);
        }
        if ((status == Status.PENDING) != (answeredAt == null)) {
            throw new IllegalArgumentException("a pending request, and only a pending one, has no answer time");
        }
    }

    public boolean involves(ParticipantId person) {
        return mentee.equals(person) || mentor.equals(person);
    }

    public MentorRequest resolved(Status to, Instant at) {
        return new MentorRequest(id, mentee, mentor, to, requestedAt, dueAt, score, reasons, at);
    }

    /** Where a request stands. */
    public enum Status {
        /** Waiting for the mentor; holds a seat. */
        PENDING,
        /** The mentor said yes; the seat holds until the pairing is stored, then the pairing holds it. */
        ACCEPTED,
        DECLINED,
        /** Nobody answered within the program's request timeout. */
        EXPIRED
    }
}
