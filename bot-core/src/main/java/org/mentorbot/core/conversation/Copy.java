package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the bot says, from resource bundles ({@code mentorbot/messages} and
 * {@code mentorbot/matching}). Placeholders are {@code {0}}, {@code {1}}, …; nothing else in
 * the text is special, so copy can use apostrophes freely.
 */
public final class Copy {

    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+)\\|([^|{}]*)\\|([^|{}]*)}");

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

    /** Whether a bundle has {@code key}; asked for every reason of every pair a preview lists, so a plain loop. */
    public boolean has(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The template with each {@code {i}} replaced by the i-th argument, and each
     * {@code {i|one|other}} by {@code one} when that argument is the number 1, else {@code other}
     * ("{0} {0|pair|pairs}").
     */
    public static String fill(String template, Object... args) {
        String out = template;
        if (out.indexOf('|') >= 0) {
            Matcher plural = PLURAL.matcher(out);
            StringBuilder chosen = new StringBuilder();
            while (plural.find()) {
                int index = Integer.parseInt(plural.group(1));
                boolean one = index < args.length && args[index] instanceof Number n && n.longValue() == 1 && n.doubleValue() == 1;
                plural.appendReplacement(chosen, Matcher.quoteReplacement(one ? plural.group(2) : plural.group(3)));
            }
            plural.appendTail(chosen);
            out = chosen.toString();
        }
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
