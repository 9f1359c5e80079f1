package org.mentorbot.teams.cards;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.teams.TeamsCopy;
import org.mentorbot.teams.cards.AdaptiveCard.ActionSet;
import org.mentorbot.teams.cards.AdaptiveCard.Choice;
import org.mentorbot.teams.cards.AdaptiveCard.Element;
import org.mentorbot.teams.cards.AdaptiveCard.Fact;
import org.mentorbot.teams.cards.AdaptiveCard.FactSet;
import org.mentorbot.teams.cards.AdaptiveCard.InputChoiceSet;
import org.mentorbot.teams.cards.AdaptiveCard.InputNumber;
import org.mentorbot.teams.cards.AdaptiveCard.InputText;
import org.mentorbot.teams.cards.AdaptiveCard.Mention;
import org.mentorbot.teams.cards.AdaptiveCard.Mentioned;
import org.mentorbot.teams.cards.AdaptiveCard.Submit;
import org.mentorbot.teams.cards.AdaptiveCard.TextBlock;

/**
 * Turns a core {@link Reply} into an Adaptive Card: headers and paragraphs as TextBlocks,
 * fields as a FactSet, buttons as {@code Action.Submit} carrying {@code {actionId, value}},
 * a form as typed inputs with a submit carrying {@code {formId, context}}, a document as a
 * monospaced block, a picture as an {@code Image} with a data URI. {@link CardSubmits} reads those
 * payloads back. Every text on the card, its fallback text included, goes through {@link TeamsText}.
 */
public final class ReplyCards {

    /**
     * How many characters of pictures one card carries. Teams leaves Base64 pictures out when it
     * weighs a message against its size limit, but they still travel in it; pictures past this
     * are given by their words instead.
     */
    static final int MAX_IMAGE_CHARACTERS = 21_000;

    /**
     * How many characters of JSON a card's text may take: Teams refuses a bot message over 40 KB
     * counted in UTF-16 (older limit; the newer one is about 100 KB), and this keeps the body
     * within 26 KB of it, leaving room for the fallback text, the summary and the activity itself.
     */
    static final int MAX_TEXT_CHARACTERS = 13_000;
    /** Room kept on a card, after a document's lines, for the line that says where the whole file is. */
    private static final int NOTE_CHARACTERS = 500;
    /**
     * The most characters of JSON of a card's fallback text, which clients that cannot show the
     * card show instead, and of the summary that goes with it (notifications); the body's 13,000,
     * these two and the activity's addresses stay under the 20,480 characters of 40 KB in UTF-16.
     */
    static final int MAX_FALLBACK_CHARACTERS = 2_000;

    private final TeamsCopy copy = TeamsCopy.english();

    /**
     * The reply as one card Teams accepts: what does not fit in {@link #MAX_TEXT_CHARACTERS} is left
     * out (the end of a long list or document first) and a last line says how much.
     */
    public AdaptiveCard card(Reply reply) {
        return card(reply, FileOffer.NONE);
    }

    /**
     * The reply as one card, as above; a document that does not fit whole is offered through
     * {@code files} where it can be, and the card then says the whole file comes next rather than
     * counting the lines it left out.
     */
    public AdaptiveCard card(Reply reply, FileOffer files) {
        List<Element> body = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        String longestNotice = copy.text("reply.shortened", Integer.MAX_VALUE);
        CardRoom room = new CardRoom(MAX_TEXT_CHARACTERS - CardRoom.size(TextBlock.paragraph(TeamsText.forCard(longestNotice))));
        int imageCharacters = 0;
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Contacts contacts) {
                List<Mention> named = new ArrayList<>();
                room.fit(contacts(contacts, named)).ifPresent(element -> {
                    body.add(element);
                    mentions.addAll(named);
                });
            } else if (block instanceof Block.Image image) {
                String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(image.png());
                boolean fits = imageCharacters + url.length() <= MAX_IMAGE_CHARACTERS;
                imageCharacters += fits ? url.length() : 0;
                if (fits) {
                    AdaptiveCard.Image picture = new AdaptiveCard.Image(url, TeamsText.forPlainField(image.alt()), "stretch");
                    room.fit(new AdaptiveCard.Image("", picture.altText(), picture.size())).ifPresent(words -> body.add(picture));
                } else {
                    room.fit(TextBlock.paragraph(TeamsText.forCard(image.alt()))).ifPresent(body::add);
                }
            } else if (block instanceof Block.Document document) {
                document(document, room, body, files);
            } else if (block instanceof Block.FormBlock || block instanceof Block.Actions) {
                room.fitWhole(elements(block)).ifPresent(body::addAll);
            } else {
                elements(block).forEach(element -> room.fit(element).ifPresent(body::add));
            }
        }
        if (room.leftOut() > 0) {
            body.add(TextBlock.paragraph(TeamsText.forCard(copy.text("reply.shortened", room.leftOut()))));
        }
        return AdaptiveCard.of(CardRoom.fitted(reply.fallback(), TeamsText::forCard, MAX_FALLBACK_CHARACTERS), body, mentions);
    }

    /** {@code text}, or its start and an ellipsis when it is longer than {@code most} characters. */
    public static String cut(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int end = most - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * People to reach: a Teams user as a mention (their name, which Teams links to their profile
     * and a chat), anyone else by name and platform. Only the bot writes {@code <at>}: names go
     * through {@link TeamsText}, which takes any such tag out first.
     */
    private static TextBlock contacts(Block.Contacts contacts, List<Mention> mentions) {
        List<String> people = new ArrayList<>();
        for (Block.Contact contact : contacts.people()) {
            String name = TeamsText.forPlainField(contact.name()).strip();
            if (contact.id().platform().equals("teams") && !name.isEmpty()) {
                String tag = "<at>" + name + "</at>";
                mentions.add(new Mention(tag, new Mentioned(contact.id().userId(), name)));
                people.add(tag);
            } else {
                people.add(TeamsText.forCard(contact.elsewhere()));
            }
        }
        return TextBlock.paragraph(TeamsText.forCard(contacts.label()) + " " + String.join(", ", people));
    }

    private List<Element> elements(Block block) {
        if (block instanceof Block.Header header) {
            return List.of(TextBlock.heading(TeamsText.forCard(header.text())));
        } else if (block instanceof Block.Text text) {
            return List.of(TextBlock.paragraph(TeamsText.forCard(text.text())));
        } else if (block instanceof Block.Fields fields) {
            return List.of(new FactSet(fields.fields().stream()
                    .map(f -> new Fact(TeamsText.forCard(f.label()), TeamsText.forCard(f.value()))).toList()));
        } else if (block instanceof Block.Actions actions) {
            return List.of(new ActionSet(actions.buttons().stream().map(ReplyCards::submit).toList()));
        } else if (block instanceof Block.FormBlock form) {
            return form(form.form());
        }
        throw new IllegalArgumentException("a card shows " + block.getClass().getSimpleName() + " blocks elsewhere");
    }

    /**
     * A document by its name and as many of its lines as fit, in monospace. Only the lines that
     * could fit on a card at all are escaped: escaping a file of megabytes for {@link CardRoom}
     * to keep its first lines would be wasted work. When lines were left out, the whole document
     * is offered as a file where {@code files} can, and the lines are counted as left out where not.
     */
    private void document(Block.Document document, CardRoom room, List<Element> body, FileOffer files) {
        room.fit(TextBlock.heading(TeamsText.forCard(document.filename()))).ifPresent(body::add);
        String content = document.content();
        int end = content.length();
        if (end > MAX_TEXT_CHARACTERS) {
            end = Math.max(0, content.lastIndexOf('\n', MAX_TEXT_CHARACTERS));
        }
        CardRoom.Fitted shown = new CardRoom.Fitted(Optional.empty(), 0);
        if (end > 0) {
            room.keep(NOTE_CHARACTERS);
            shown = room.fitLines(TextBlock.monospace(TeamsText.forCard(content.substring(0, end))));
            room.keep(-NOTE_CHARACTERS);
            shown.element().ifPresent(body::add);
        }
        int leftOut = shown.leftOut() + (end == content.length() ? 0 : lines(content, end == 0 ? 0 : end + 1));
        if (leftOut == 0) {
            return;
        }
        Optional<FileOffer.Offered> offered = files.offer(document);
        if (offered.isPresent()) {
            room.fit(TextBlock.paragraph(TeamsText.forCard(offered.get().note()))).ifPresent(body::add);
        } else {
            room.leftOut(leftOut);
        }
    }

    /** How many lines start at or after {@code from}; a line break at the very end starts none. */
    private static int lines(String text, int from) {
        if (from >= text.length()) {
            return 0;
        }
        int lines = 1;
        for (int i = from; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static Submit submit(Block.Button button) {
        String style = switch (button.style()) {
            case PRIMARY -> "positive";
            case DANGER -> "destructive";
            case DEFAULT -> null;
        };
        return new Submit(TeamsText.forPlainField(button.label()), style,
                Map.of(CardSubmits.ACTION_ID, button.actionId(), CardSubmits.VALUE, button.value()));
    }

    private static List<Element> form(Form form) {
        List<Element> elements = new ArrayList<>();
        elements.add(TextBlock.heading(TeamsText.forCard(form.title())));
        if (!form.intro().isBlank()) {
            elements.add(TextBlock.paragraph(TeamsText.forCard(form.intro())));
        }
        form.inputs().forEach(input -> elements.add(input(input)));
        elements.add(new ActionSet(List.of(new Submit(TeamsText.forPlainField(form.submitLabel()), "positive",
                Map.of(CardSubmits.FORM_ID, form.id(), CardSubmits.CONTEXT, form.context())))));
        return elements;
    }

    private static Element input(Form.Input input) {
        String label = TeamsText.forPlainField(input.label());
        String error = input.required() ? label + " is required." : null;
        String hint = TeamsText.forPlainField(blankToNull(input.hint()));
        return switch (input.kind()) {
            case TEXT, MULTILINE -> new InputText(input.name(), label, input.required(), error,
                    blankToNull(input.initial()), hint, input.maxLength() > 0 ? input.maxLength() : null,
                    input.kind() == Form.Kind.MULTILINE);
            case NUMBER -> new InputNumber(input.name(), label, input.required(), error,
                    wholeNumber(input.initial()), hint);
            case SELECT -> new InputChoiceSet(input.name(), label, input.required(), error,
                    blankToNull(input.initial()), "compact",
                    input.choices().stream().map(c -> new Choice(TeamsText.forPlainField(c.label()), c.value())).toList());
        };
    }

    private static Long wholeNumber(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
