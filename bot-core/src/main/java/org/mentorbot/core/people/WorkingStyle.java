package org.mentorbot.core.people;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a person likes to work with a mentor or mentee, each part optional ({@code null} = no
 * preference): how to meet, how structured a session is, and how feedback is given. It is the
 * person's own, shared by every program they are in; profiles stored before it existed read
 * as {@link #NONE}.
 */
public record WorkingStyle(Meeting meeting, Structure structure, Communication communication) {

    public static final WorkingStyle NONE = new WorkingStyle(null, null, null);

    /** Preferences both people named alike; matching scores each. */
    public int sharedWith(WorkingStyle other) {
        int shared = 0;
        shared += meeting != null && meeting == other.meeting ? 1 : 0;
        shared += structure != null && structure == other.structure ? 1 : 0;
        shared += communication != null && communication == other.communication ? 1 : 0;
        return shared;
    }

    /** Meeting format. */
    public enum Meeting { VIDEO, IN_PERSON, CHAT }

    /** Session structure. */
    public enum Structure { AGENDA, OPEN }

    /** Communication style. */
    public enum Communication { DIRECT, REFLECTIVE }

    /** The wire name of a preference ({@code in-person}), or {@code any} for none. */
    public static String wireName(Enum<?> value) {
        return value == null ? "any" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads a wire name; {@code any} or blank is no preference; anything else is empty. */
    public static <E extends Enum<E>> Optional<Optional<E>> parse(Class<E> type, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("any")) {
            return Optional.of(Optional.empty());
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> wireName(e).equals(wanted)).findFirst().map(Optional::of);
    }
}
