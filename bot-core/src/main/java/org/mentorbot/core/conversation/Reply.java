package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot says: platform-neutral blocks plus a plain-text fallback that carries the
 * same content (notifications, screen readers, clients that cannot render blocks).
 *
 * @param replacesOriginal the reply takes the place of the message whose button was pressed
 * @param fieldErrors      for a rejected form: the message for each input by name; empty otherwise
 */
public record Reply(List<Block> blocks, String fallback, Visibility visibility, boolean replacesOriginal,
                    Map<String, String> fieldErrors) {

    /**
     * How many items of one list (pairs, waiting mentees, comments, mentors) a message shows:
     * enough to read in a chat, and within what Slack and Teams show in one message. A longer list
     * comes whole as a file with the message ({@link Builder#attachment}).
     */
    public static final int LISTED = 20;

    public Reply {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(visibility, "visibility");
        fieldErrors = Map.copyOf(fieldErrors);
    }

    /** A private reply that is one paragraph. */
    public static Reply text(String text) {
        return new Reply(List.of(new Block.Text(text)), text, Visibility.PRIVATE, false, Map.of());
    }

    /** A rejected form: one message per input, naming what to fix. */
    public static Reply formErrors(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(message).append('\n'));
        return new Reply(List.of(new Block.Text(text.toString().strip())), text.toString().strip(),
                Visibility.PRIVATE, false, new LinkedHashMap<>(errors));
    }

    public boolean isFormRejection() {
        return !fieldErrors.isEmpty();
    }

    /** The form in this reply, if it asks for one. */
    public Optional<Form> form() {
        return blocks.stream().filter(Block.FormBlock.class::isInstance)
                .map(b -> ((Block.FormBlock) b).form()).findFirst();
    }

    public Reply inChannel() {
        return new Reply(blocks, fallback, Visibility.CHANNEL, replacesOriginal, fieldErrors);
    }

    public Reply replacingOriginal() {
        return new Reply(blocks, fallback, visibility, true, fieldErrors);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a reply block by block and writes the plain-text fallback along the way. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder fallback = new StringBuilder();

        /** Everything {@code other} shows, then whatever comes next. */
        public Builder append(Reply other) {
            blocks.addAll(other.blocks());
            return line(other.fallback());
        }

        public Builder header(String text) {
            blocks.add(new Block.Header(text));
            return line(text);
        }

        public Builder text(String text) {
            blocks.add(new Block.Text(text));
            return line(text);
        }

        public Builder fields(List<Block.Field> fields) {
            if (!fields.isEmpty()) {
                blocks.add(new Block.Fields(fields));
                fields.forEach(f -> line(f.label() + ": " + f.value()));
            }
            return this;
        }

        public Builder buttons(List<Block.Button> buttons) {
            if (!buttons.isEmpty()) {
                blocks.add(new Block.Actions(buttons));
            }
            return this;
        }

        /** People to reach; the fallback names each with where to find them. */
        public Builder contacts(String label, List<Block.Contact> people) {
            if (!people.isEmpty()) {
                blocks.add(new Block.Contacts(label, people));
                line(label + " " + String.join(", ", people.stream().map(Block.Contact::elsewhere).toList()));
            }
            return this;
        }

        public Builder document(Block.Document document) {
            blocks.add(document);
            return line(document.content());
        }

        /**
         * A file that goes with the message, such as the whole of a list the message shows only the
         * start of; the fallback carries {@code line}, which names it, rather than its text.
         */
        public Builder attachment(Block.Document document, String line) {
            blocks.add(document);
            return line(line);
        }

        /** A picture; the fallback carries its {@code alt} words. */
        public Builder image(Block.Image image) {
            blocks.add(image);
            return line(image.alt());
        }

        public Builder form(Form form) {
            blocks.add(new Block.FormBlock(form));
            return line(form.title());
        }

        public Reply build() {
            return new Reply(blocks, fallback.toString().strip(), Visibility.PRIVATE, false, Map.of());
        }

        private Builder line(String text) {
            fallback.append(text).append('\n');
            return this;
        }
    }
}
