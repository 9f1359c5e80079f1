package org.mentorbot.teams.cards;

import java.util.regex.Pattern;

/**
 * Makes plain text safe to show in Teams. Reply text is plain: a person's name or goals must
 * never turn into a link, a mention or formatting. Cards render a Markdown subset, so its
 * inline markers and line-start list or heading markers are backslash-escaped; message text
 * is Markdown that may also carry HTML, so {@code & < >} become entities there as well.
 */
public final class TeamsText {

    private static final String INLINE_MARKERS = "\\`*_[]~";
    private static final Pattern LINE_START_MARKER = Pattern.compile("(?m)^(\\s*)([-+#>])");
    private static final Pattern LINE_START_NUMBER = Pattern.compile("(?m)^(\\s*\\d+)([.)])");

    private TeamsText() {
    }

    /** Text for a card's TextBlock or FactSet. */
    public static String forCard(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
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
}
