package org.mentorbot.teams.cards;

import java.util.regex.Pattern;

/**
 * Makes plain text safe to show in Teams. Reply text is plain: a person's name or goals must
 * never turn into a link, a mention or formatting. Teams makes a mention of {@code <at>…</at>}
 * in a message or card, so those tags are taken out of every text the bot sends (the name
 * between them stays); the bot's own mentions, if it ever makes any, are entities it adds
 * itself, never text from a reply. Cards render a Markdown subset, so its inline markers and
 * line-start list or heading markers are backslash-escaped; message text is Markdown that may
 * also carry HTML, so {@code & < >} become entities there as well. A card's fallback text and
 * the activity's summary (shown in notifications) get the card's escaping.
 */
public final class TeamsText {

    private static final String INLINE_MARKERS = "\\`*_[]~";
    private static final Pattern LINE_START_MARKER = Pattern.compile("(?m)^(\\s*)([-+#>])");
    private static final Pattern LINE_START_NUMBER = Pattern.compile("(?m)^(\\s*\\d+)([.)])");
    private static final Pattern MENTION_TAG = Pattern.compile("(?i)<\\s*/?\\s*at(?:\\s[^<>]*)?/?\\s*>");

    private TeamsText() {
    }

    /** Text for a card's TextBlock or FactSet, its fallback text, and a card message's summary. */
    public static String forCard(String text) {
        String plain = withoutMentions(text);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        for (char c : plain.toCharArray()) {
            if (INLINE_MARKERS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String inline = LINE_START_MARKER.matcher(out).replaceAll("$1\\\\$2");
        return LINE_START_NUMBER.matcher(inline).replaceAll("$1\\\\$2");
    }

    /** Text for a message's {@code text} (Markdown format; one paragraph per line). */
    public static String forMessage(String text) {
        return forCard(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", "\n\n");
    }

    /**
     * Text Teams shows as it is (a button's title, an input's label, a choice): no Markdown, but
     * still no mention tags.
     */
    public static String forPlainField(String text) {
        return text == null ? null : withoutMentions(text);
    }

    /** Removes every {@code <at>} and {@code </at>} tag, again until none is left (so {@code <a<at>t>} cannot rebuild one). */
    static String withoutMentions(String text) {
        String current = text;
        for (String next = MENTION_TAG.matcher(current).replaceAll(""); !next.equals(current);
             next = MENTION_TAG.matcher(current).replaceAll("")) {
            current = next;
        }
        return current;
    }
}
