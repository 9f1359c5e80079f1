package org.mentorbot.teams.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.teams.TeamsJson;
import org.mentorbot.teams.cards.AdaptiveCard.Element;
import org.mentorbot.teams.cards.AdaptiveCard.Fact;
import org.mentorbot.teams.cards.AdaptiveCard.FactSet;
import org.mentorbot.teams.cards.AdaptiveCard.TextBlock;

/**
 * The room left on one card, in characters of its JSON. Elements go in whole while they fit; a
 * fact set that does not fit keeps the facts that do, a monospaced document ({@link #fitLines})
 * the lines that do, and anything else that does not fit stays out. It counts the lines (facts,
 * document lines, other elements) it left out, so the card can say so.
 */
final class CardRoom {

    private static final ObjectMapper JSON = TeamsJson.mapper();

    private int left;
    private int leftOut;

    CardRoom(int characters) {
        this.left = characters;
    }

    /** How many lines were left out so far. */
    int leftOut() {
        return leftOut;
    }

    /** Keeps {@code characters} free for what comes after the next element (a negative number gives them back). */
    void keep(int characters) {
        left -= characters;
    }

    /** Counts {@code lines} left out before they reached the card. */
    void leftOut(int lines) {
        leftOut += lines;
    }

    /** The element, or as much of it as fits (some facts of a fact set); empty when none of it does. */
    Optional<Element> fit(Element element) {
        int size = size(element);
        if (size <= left) {
            left -= size;
            return Optional.of(element);
        }
        if (element instanceof FactSet facts) {
            return someFacts(facts);
        }
        leftOut++;
        return Optional.empty();
    }

    private Optional<Element> someFacts(FactSet facts) {
        int overhead = size(new FactSet(List.of()));
        if (overhead > left) {
            leftOut += facts.facts().size();
            return Optional.empty();
        }
        left -= overhead;
        List<Fact> kept = new ArrayList<>();
        for (Fact fact : facts.facts()) {
            int size = size(fact) + 1;
            if (size <= left) {
                left -= size;
                kept.add(fact);
            } else {
                break;
            }
        }
        leftOut += facts.facts().size() - kept.size();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new FactSet(kept));
    }

    /**
     * All of {@code elements} or none: a form without its submit button, or half a row of buttons,
     * would be worse than leaving them out. None counts as one line left out.
     */
    Optional<List<Element>> fitWhole(List<Element> elements) {
        int size = elements.stream().mapToInt(CardRoom::size).sum();
        if (size > left) {
            leftOut++;
            return Optional.empty();
        }
        left -= size;
        return Optional.of(elements);
    }

    /** A monospaced text, or as many of its first lines as fit, and how many lines were left out; counted by the caller. */
    Fitted fitLines(TextBlock text) {
        int size = size(text);
        if (size <= left) {
            left -= size;
            return new Fitted(Optional.of(text), 0);
        }
        return someLines(text);
    }

    /** An element as it fitted, if at all, and the lines of it that did not. */
    record Fitted(Optional<Element> element, int leftOut) {
    }

    /** The first lines of a monospaced text that fit, and how many did not; the caller counts those. */
    private Fitted someLines(TextBlock text) {
        String[] lines = text.text().split("\n", -1);
        int overhead = size(new TextBlock("", text.size(), text.weight(), text.fontType(), text.wrap()));
        int room = left - overhead;
        int end = 0;
        int kept = 0;
        for (String line : lines) {
            int size = jsonLength(line) + (kept == 0 ? 0 : 2);
            if (size > room) {
                break;
            }
            room -= size;
            end += line.length() + (kept == 0 ? 0 : 1);
            kept++;
        }
        if (kept == 0) {
            return new Fitted(Optional.empty(), lines.length);
        }
        left = room;
        return new Fitted(Optional.of(new TextBlock(text.text().substring(0, end), text.size(), text.weight(), text.fontType(),
                text.wrap())), lines.length - kept);
    }

    /** Characters of the value as JSON, written by the same mapper that sends the card. */
    static int size(Object value) {
        try {
            return JSON.writeValueAsString(value).length();
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("a card element could not be written as JSON", unwritable);
        }
    }

    /** Characters of {@code text} inside a JSON string, without the quotes. */
    static int jsonLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += jsonLength(text.charAt(i));
        }
        return length;
    }

    private static int jsonLength(char c) {
        return c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f' ? 2 : c < 0x20 ? 6 : 1;
    }

    /**
     * {@code text} made safe by {@code escape}, at most {@code most} characters once written as
     * JSON: longer text is cut with an ellipsis, first before it is escaped (a fallback may carry a
     * whole file), then as escaped, never between the two halves of a surrogate pair.
     */
    static String fitted(String text, UnaryOperator<String> escape, int most) {
        String escaped = escape.apply(text.length() > most ? ReplyCards.cut(text, most) : text);
        if (jsonLength(escaped) <= most) {
            return escaped;
        }
        int end = 0;
        int length = jsonLength('…');
        while (end < escaped.length() && length + jsonLength(escaped.charAt(end)) <= most) {
            length += jsonLength(escaped.charAt(end));
            end++;
        }
        if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        return escaped.substring(0, end) + "…";
    }
}
