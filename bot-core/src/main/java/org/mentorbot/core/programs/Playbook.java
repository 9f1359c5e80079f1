package org.mentorbot.core.programs;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A program's choice of playbook: the short guidance sent to every pair at fixed ages of the
 * pairing. {@link #DEFAULT} sends the built-in steps (the first-meeting agenda with the
 * introduction, goal setting after the first meeting, the mid-point review, closing well);
 * {@link #OFF} sends none; a program may instead list its own steps, each due {@code after} the
 * introduction ({@code P0D}: with the introduction itself).
 *
 * @param enabled whether any playbook step is sent
 * @param steps   the program's own steps by age, or empty for the built-in ones
 */
public record Playbook(boolean enabled, List<Step> steps) {

    public static final Playbook DEFAULT = new Playbook(true, List.of());
    public static final Playbook OFF = new Playbook(false, List.of());
    public static final int MAX_STEPS = 12;

    public Playbook {
        steps = steps == null ? List.of() : steps.stream().sorted(Comparator.comparing(Step::after)).toList();
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("playbook may have at most " + MAX_STEPS + " steps");
        }
    }

    public static Playbook of(List<Step> steps) {
        return new Playbook(true, steps);
    }

    /** Whether the program sends the built-in steps. */
    public boolean builtIn() {
        return enabled && steps.isEmpty();
    }

    /** One piece of guidance, sent when the pairing is {@code after} old. */
    public record Step(Duration after, String title, String text) {
        public static final int MAX_TEXT = 2_000;

        public Step {
            Objects.requireNonNull(after, "after");
            title = title == null ? "" : title.strip();
            text = text == null ? "" : text.strip();
            if (after.isNegative()) {
                throw new IllegalArgumentException("a playbook step's after must not be negative");
            }
            if (title.isEmpty() || text.isEmpty() || text.length() > MAX_TEXT || title.length() > 120) {
                throw new IllegalArgumentException("a playbook step needs a title (up to 120 characters) and a text (up to "
                        + MAX_TEXT + ")");
            }
        }
    }
}
