package org.mentorbot.core.programs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide a program offers its people: a title and either a text or a link, for mentors,
 * mentees or everyone.
 */
public record ProgramResource(String title, Audience audience, String text, String url) {

    public ProgramResource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        text = text == null ? "" : text;
        url = url == null ? "" : url;
        if (title.isBlank() || (text.isBlank() && url.isBlank())) {
            throw new IllegalArgumentException("A resource needs a title and a text or a url");
        }
        if (!url.isBlank() && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("A resource's url must start with https:// or http://");
        }
    }

    /** Who a resource is for. */
    public enum Audience {
        MENTOR, MENTEE, ALL;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Audience> parse(String text) {
            return Arrays.stream(values()).filter(a -> a.wireName().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
        }
    }
}
