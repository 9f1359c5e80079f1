package org.mentorbot.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;

/**
 * A core {@link Reply} as Block Kit, built with Bolt's builders: headers and button labels as
 * plain text, paragraphs and fields as escaped verbatim mrkdwn, buttons carrying the core's
 * action ids, a document as a code block, and a form as a pointer to the modal that shows it.
 * Slack's limits are respected (fields per section, characters per text, blocks per message).
 */
public final class ReplyBlocks {

    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION = 3000;
    static final int MAX_FIELD = 2000;
    static final int MAX_FIELDS = 10;
    static final int MAX_HEADER = 150;
    static final int MAX_BUTTON_LABEL = 75;
    static final int MAX_BUTTON_VALUE = 2000;
    static final int MAX_BUTTONS = 25;
    static final int MAX_FALLBACK = 3000;
    private static final SlackCopy copy = SlackCopy.english();
    private static final java.util.regex.Pattern SLACK_USER = java.util.regex.Pattern.compile("[A-Z0-9]{1,20}");

    private ReplyBlocks() {
    }

    /** The message blocks for a reply. */
    public static List<LayoutBlock> render(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Block block : reply.blocks()) {
            blocks.addAll(render(block));
        }
        if (blocks.size() <= MAX_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> shown = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
        String notice = copy.text("reply.shortened", blocks.size() - shown.size());
        shown.add(context(c -> c.elements(List.<ContextBlockElement>of(MarkdownTextObject.builder().text(SlackText.escape(notice)).build()))));
        return List.copyOf(shown);
    }

    /** The message's top-level {@code text}: the reply's fallback, escaped (Slack parses it for notifications). */
    public static String fallback(Reply reply) {
        return SlackText.cutEscaped(SlackText.escape(reply.fallback()), MAX_FALLBACK);
    }

    static List<LayoutBlock> render(Block block) {
        if (block instanceof Block.Header h) {
            return List.of(header(b -> b.text(SlackText.plain(h.text(), MAX_HEADER))));
        } else if (block instanceof Block.Text t) {
            return List.of(section(s -> s.text(SlackText.mrkdwn(t.text(), MAX_SECTION))));
        } else if (block instanceof Block.Fields f) {
            return fields(f.fields());
        } else if (block instanceof Block.Actions a) {
            List<LayoutBlock> rows = new ArrayList<>();
            for (List<Block.Button> row : rowsWithDistinctActionIds(a.buttons())) {
                rows.add(actions(b -> b.elements(buttons(row))));
            }
            return rows;
        } else if (block instanceof Block.Document d) {
            return document(d);
        } else if (block instanceof Block.Image i) {
            return List.of(section(s -> s.text(SlackText.mrkdwn(i.alt(), MAX_SECTION))));
        } else if (block instanceof Block.Contacts c) {
            return List.of(section(s -> s.text(MarkdownTextObject.builder().text(contacts(c)).build())));
        } else if (block instanceof Block.FormBlock form) {
            return List.of(section(s -> s.text(SlackText.mrkdwn(form.form().title(), MAX_SECTION))));
        }
        throw new IllegalArgumentException("Unknown block " + block);
    }

    /**
     * A Slack user as a mention, which Slack renders as their name and a link to message them;
     * anyone else by name and platform. Only the bot writes {@code <@…>}: a Slack user id is
     * letters and digits, and every name is escaped.
     */
    static String contacts(Block.Contacts contacts) {
        List<String> people = new ArrayList<>();
        for (Block.Contact contact : contacts.people()) {
            boolean mention = contact.id().platform().equals("slack") && SLACK_USER.matcher(contact.id().userId()).matches();
            people.add(mention ? "<@" + contact.id().userId() + ">" : SlackText.escape(contact.elsewhere()));
        }
        return SlackText.cutEscaped(SlackText.escape(contacts.label()) + " " + String.join(", ", people), MAX_SECTION);
    }

    private static List<LayoutBlock> fields(List<Block.Field> fields) {
        List<LayoutBlock> sections = new ArrayList<>();
        for (int from = 0; from < fields.size(); from += MAX_FIELDS) {
            List<TextObject> texts = new ArrayList<>();
            for (Block.Field field : fields.subList(from, Math.min(fields.size(), from + MAX_FIELDS))) {
                texts.add(SlackText.labelled(field.label(), field.value(), MAX_FIELD));
            }
            sections.add(section(s -> s.fields(texts)));
        }
        return sections;
    }

    /**
     * Slack wants the action ids of one actions block to differ; buttons sharing one (a Request
     * button per suggested mentor) go into consecutive blocks, each button in the first that lacks its id.
     */
    static List<List<Block.Button>> rowsWithDistinctActionIds(List<Block.Button> buttons) {
        List<List<Block.Button>> rows = new ArrayList<>();
        for (Block.Button button : buttons) {
            List<Block.Button> row = rows.stream().filter(r -> r.stream().noneMatch(b -> b.actionId().equals(button.actionId())))
                    .findFirst().orElse(null);
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(button);
        }
        return rows;
    }

    private static List<BlockElement> buttons(List<Block.Button> buttons) {
        List<BlockElement> elements = new ArrayList<>();
        for (Block.Button b : buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS))) {
            elements.add(button(e -> e.text(SlackText.plain(b.label(), MAX_BUTTON_LABEL)).actionId(b.actionId())
                    .value(SlackText.cut(b.value(), MAX_BUTTON_VALUE)).style(style(b.style()))));
        }
        return elements;
    }

    private static String style(Block.Style style) {
        return switch (style) {
            case PRIMARY -> "primary";
            case DANGER -> "danger";
            case DEFAULT -> null;
        };
    }

    private static List<LayoutBlock> document(Block.Document document) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(SlackText.mrkdwn(document.filename(), MAX_SECTION))));
        for (String part : escapedChunks(document.content(), MAX_SECTION - 6)) {
            if (blocks.size() == MAX_BLOCKS) {
                break;
            }
            blocks.add(section(s -> s.text(MarkdownTextObject.builder().text("```" + part + "```").verbatim(true).build())));
        }
        return blocks;
    }

    /** The content escaped and split into pieces of at most {@code max} characters, never inside an entity. */
    static List<String> escapedChunks(String content, int max) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); i++) {
            String escaped = SlackText.escape(String.valueOf(content.charAt(i)));
            if (current.length() + escaped.length() > max) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.append(escaped);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }
}
