package org.mentorbot.core.programs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The short name of a program used in commands ({@code join eng}, {@code stats leaders}):
 * 2 to 32 lower-case letters, digits and dashes.
 *
 * <p>Ids a program hands out in buttons and forms (check-ins, polls) carry its slug in front,
 * {@code eng~checkin-…}, so that a press finds its program; the {@code default} program's ids
 * carry none, as they did before there were several programs.
 */
public record ProgramSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{2,32}");
    private static final char SCOPE = '~';

    public static final ProgramSlug DEFAULT = new ProgramSlug("default");

    public ProgramSlug {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A program's slug is 2 to 32 lower-case letters, digits and dashes, such as eng");
        }
    }

    /** The slug, when {@code text} is one (case and surrounding spaces aside). */
    public static Optional<ProgramSlug> parse(String text) {
        String candidate = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return SHAPE.matcher(candidate).matches() ? Optional.of(new ProgramSlug(candidate)) : Optional.empty();
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    /** An id of this program, as it travels in buttons and forms. */
    public String scope(String id) {
        return isDefault() ? id : value + SCOPE + id;
    }

    /** The program an id from a button or form belongs to: its prefix, or {@code default} without one. */
    public static ProgramSlug ofScoped(String id) {
        int at = id == null ? -1 : id.indexOf(SCOPE);
        return at < 0 ? DEFAULT : parse(id.substring(0, at)).orElse(DEFAULT);
    }

    @Override
    public String toString() {
        return value;
    }
}
