package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Objects;
import org.mentorbot.core.people.ParticipantId;

/**
 * One piece of a {@link Reply}, rendered natively by each adapter (Block Kit in Slack,
 * Adaptive Cards in Teams, HTML in the playground). Text here is plain: adapters escape it
 * for their platform, so text a person typed can never become a mention or a link.
 */
public sealed interface Block {

    /** A heading. */
    record Header(String text) implements Block {
        public Header {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph. */
    record Text(String text) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Labelled values, shown as a grid where the platform can. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A row of buttons. */
    record Actions(List<Button> buttons) implements Block {
        public Actions {
            buttons = List.copyOf(buttons);
        }
    }

    /** A form to fill in: a modal in Slack, an Adaptive Card in Teams. */
    record FormBlock(Form form) implements Block {
        public FormBlock {
            Objects.requireNonNull(form, "form");
        }
    }

    /** A file for the person to keep (their data export): a download, an upload or a code block. */
    record Document(String filename, String mediaType, String content) implements Block {
        public Document {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A picture (a report's chart): PNG bytes, the file name it is uploaded under where the
     * platform shares pictures as files, and {@code alt}, the same information in words for
     * whoever cannot see it or where it cannot be shown.
     */
    record Image(String filename, byte[] png, String alt) implements Block {
        public Image {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(alt, "alt");
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Image i && filename.equals(i.filename) && java.util.Arrays.equals(png, i.png) && alt.equals(i.alt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filename, java.util.Arrays.hashCode(png), alt);
        }

        @Override
        public String toString() {
            return "Image[" + filename + ", " + png.length + " bytes, " + alt + "]";
        }
    }

    /**
     * The people a reader can reach, under {@code label}: a mention where the reader's platform
     * can make one (a Slack user in Slack, a Teams user in Teams), otherwise each person's
     * {@code elsewhere} (their name and where to find them).
     */
    record Contacts(String label, List<Contact> people) implements Block {
        public Contacts {
            Objects.requireNonNull(label, "label");
            people = List.copyOf(people);
        }
    }

    /** A person to reach: who, their name, and how to find them from another platform. */
    record Contact(ParticipantId id, String name, String elsewhere) {
        public Contact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(elsewhere, "elsewhere");
        }
    }

    /** A labelled value. */
    record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** A button: its label, the action id it reports and the value it carries. */
    record Button(String label, String actionId, String value, Style style) {
        public Button {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(actionId, "actionId");
            value = value == null ? "" : value;
            style = style == null ? Style.DEFAULT : style;
        }

        public static Button of(String label, String actionId, String value) {
            return new Button(label, actionId, value, Style.DEFAULT);
        }
    }

    enum Style {
        DEFAULT, PRIMARY, DANGER
    }
}
