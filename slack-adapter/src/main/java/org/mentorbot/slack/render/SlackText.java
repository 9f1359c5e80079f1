package org.mentorbot.slack.render;

import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;

/**
 * Text as Slack shows it. The core's text is plain; Slack parses {@code <…>} in message text
 * and mrkdwn as mentions ({@code <!channel>}, {@code <@U…>}) and links ({@code <http://x|y>}),
 * so every piece of it is escaped ({@code &}, {@code <}, {@code >}) and marked verbatim before it
 * reaches Slack: what a person typed into a profile can never ping a channel or hide a link.
 * Plain-text objects (headers, labels, buttons) are not parsed by Slack and only get cut to size.
 */
public final class SlackText {

    private SlackText() {
    }

    /** Escapes the three characters Slack's message formatting treats as control characters. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escaped, verbatim mrkdwn: no mention, channel or link is parsed out of it. */
    public static MarkdownTextObject mrkdwn(String plain, int maxLength) {
        return MarkdownTextObject.builder().text(cutEscaped(escape(plain), maxLength)).verbatim(true).build();
    }

    /** Escaped mrkdwn with a bold label above the value, for fields. */
    public static MarkdownTextObject labelled(String label, String value, int maxLength) {
        String text = "*" + escape(label) + "*\n" + escape(value);
        return MarkdownTextObject.builder().text(cutEscaped(text, maxLength)).verbatim(true).build();
    }

    /** A plain-text object, cut to Slack's limit for where it goes. */
    public static PlainTextObject plain(String text, int maxLength) {
        return PlainTextObject.builder().text(cut(text == null || text.isBlank() ? " " : text, maxLength)).emoji(true).build();
    }

    /** Cuts escaped text without leaving half an entity ({@code &am…}) at the end. */
    public static String cutEscaped(String escaped, int maxLength) {
        String cut = cut(escaped, maxLength);
        if (cut.length() == escaped.length()) {
            return cut;
        }
        int amp = cut.lastIndexOf('&');
        return amp >= 0 && cut.indexOf(';', amp) < 0 ? cut.substring(0, amp) + "…" : cut;
    }

    /** Cuts text to {@code maxLength} characters, ending with an ellipsis when something was cut. */
    public static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
