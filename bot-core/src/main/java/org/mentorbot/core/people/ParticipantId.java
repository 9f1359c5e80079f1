package org.mentorbot.core.people;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person in the program, as the chat platform knows them: {@code slack:U0123ABCD},
 * {@code teams:<aadObjectId>}, {@code web:alice}. The prefix names the platform that can
 * reach the person; an id without a prefix (an imported roster) reaches nobody.
 */
public record ParticipantId(String value) implements Comparable<ParticipantId> {

    private static final Pattern VALID = Pattern.compile("[^\\s,]{1,200}");

    public ParticipantId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("A participant id is 1-200 characters with no spaces or commas: '" + value + "'");
        }
    }

    public static ParticipantId of(String platform, String userId) {
        return new ParticipantId(platform + ":" + userId);
    }

    /** The platform prefix ({@code slack}, {@code teams}, {@code web}), or empty when there is none. */
    public String platform() {
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(0, colon);
    }

    /** The id within the platform: {@code U0123ABCD} for {@code slack:U0123ABCD}. */
    public String userId() {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(colon + 1);
    }

    @Override
    public int compareTo(ParticipantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
