package org.mentorbot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Reply;

/**
 * A {@link Reply} as the playground page reads it: each block tagged with its {@code type}
 * (header, text, fields, actions, form, document, image). The page renders every string as text,
 * never as markup; an image comes as a {@code data:image/png} URI with its words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyJson(List<BlockJson> blocks, String fallback, String visibility, boolean replacesOriginal,
                        Map<String, String> fieldErrors) {

    public static ReplyJson of(Reply reply) {
        return new ReplyJson(reply.blocks().stream().map(ReplyJson::block).toList(), reply.fallback(),
                reply.visibility().name(), reply.replacesOriginal(), reply.fieldErrors());
    }

    private static BlockJson block(Block block) {
        if (block instanceof Block.Header h) {
            return new BlockJson("header", h.text(), null, null, null, null);
        } else if (block instanceof Block.Text t) {
            return new BlockJson("text", t.text(), null, null, null, null);
        } else if (block instanceof Block.Fields f) {
            return new BlockJson("fields", null, f.fields(), null, null, null);
        } else if (block instanceof Block.Actions a) {
            return new BlockJson("actions", null, null, a.buttons(), null, null);
        } else if (block instanceof Block.FormBlock f) {
            return new BlockJson("form", null, null, null, f.form(), null);
        } else if (block instanceof Block.Contacts c) {
            return new BlockJson("text", c.label() + " " + String.join(", ", c.people().stream()
                    .map(p -> p.id().platform().equals("web") ? p.name() : p.elsewhere()).toList()), null, null, null, null);
        } else if (block instanceof Block.Image i) {
            return new BlockJson("image", i.alt(), null, null, null, null,
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(i.png()));
        }
        return new BlockJson("document", null, null, null, null, (Block.Document) block, null);
    }

    /** One block; only the member its {@code type} names is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BlockJson(String type, String text, List<Block.Field> fields, List<Block.Button> buttons, Form form,
                            Block.Document document, String image) {

        public BlockJson(String type, String text, List<Block.Field> fields, List<Block.Button> buttons, Form form,
                         Block.Document document) {
            this(type, text, fields, buttons, form, document, null);
        }
    }
}
