package org.mentorbot.core.pairing;

import java.util.List;
import java.util.Objects;

/**
 * One human-readable reason why a pair fits, as a copy key and its arguments (for example
 * {@code reason.sharedSkills} with {@code "kubernetes, go"}), so that every platform shows the
 * same sentence from the resource bundle.
 */
public record MatchReason(String key, List<String> args) {

    public MatchReason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static MatchReason of(String key, String... args) {
        return new MatchReason(key, List.of(args));
    }
}
