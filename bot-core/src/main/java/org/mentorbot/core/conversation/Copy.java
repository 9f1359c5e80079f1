package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the bot says, from resource bundles ({@code mentorbot/messages} and
 * {@code mentorbot/matching}). Placeholders are {@code {0}}, {@code {1}}, …; nothing else in
 * the text is special, so copy can use apostrophes freely.
 */
public final class Copy {

    private static final List<String> BUNDLES = List.of("mentorbot/messages", "mentorbot/matching", "mentorbot/guidance");

    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Copy(Locale locale) {
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, locale));
            } catch (MissingResourceException absent) {
                // a bundle that a build does not ship simply contributes no keys
            }
        }
    }

    public static Copy english() {
        return new Copy(Locale.ENGLISH);
    }

    /** The text for {@code key} with its placeholders filled; fails loudly for a key no bundle has. */
    public String text(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return fill(bundle.getString(key), args);
            }
        }
        throw new MissingResourceException("No copy for key " + key, Copy.class.getName(), key);
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The template with each {@code {i}} replaced by the i-th argument. */
    public static String fill(String template, Object... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
