package org.mentorbot.core.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * A meeting the pair logged: when, how long, which of their goals it touched, and notes that
 * only the two partners ever see (never admins, stats or anyone else's export).
 *
 * @param goalsTouched the numbers (1 to 3) of the goals the meeting worked on
 */
public record Meeting(LocalDate date, int minutes, List<Integer> goalsTouched, String notes, ParticipantId loggedBy,
                      Instant loggedAt) {

    public static final int MAX_MINUTES = 600;
    public static final int MAX_NOTES = 2_000;

    public Meeting {
        Objects.requireNonNull(date, "date");
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a meeting lasts 1 to " + MAX_MINUTES + " minutes, not " + minutes);
        }
        goalsTouched = List.copyOf(goalsTouched == null ? List.of() : goalsTouched);
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes take at most " + MAX_NOTES + " characters");
        }
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
    }
}
