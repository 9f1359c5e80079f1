package org.mentorbot.slack.render;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Reply;

/**
 * A core {@link Form} as a Slack modal, and back. The modal's {@code callback_id} is the form id
 * and its {@code private_metadata} the form's context, so a submission names its form and
 * carries its context without any state on the bot's side. Each input is an input block whose
 * {@code block_id} and {@code action_id} are the input's name: that is what Slack's
 * {@code response_action: errors} names, and how the submitted values are read.
 */
public final class FormModals {

    static final int MAX_TITLE = 24;
    static final int MAX_LABEL = 2000;
    static final int MAX_HINT = 2000;
    static final int MAX_OPTION = 75;
    static final int MAX_INITIAL = 3000;
    static final int MAX_METADATA = 3000;
    private static final String ORIGIN = "\n";

    private FormModals() {
    }

    /** The modal that shows the form. */
    public static View modal(Form form, String closeLabel) {
        return modal(form, closeLabel, null);
    }

    /**
     * The modal that shows the form; with an {@code origin}, the {@code response_url} of the
     * message the form came from, after the context on a line of its own (read back with
     * {@link #context} and {@link #origin}).
     */
    public static View modal(Form form, String closeLabel, String origin) {
        String metadata = origin == null || origin.isBlank() ? form.context() : form.context() + ORIGIN + origin;
        List<LayoutBlock> inputs = new ArrayList<>();
        if (form.title().length() > MAX_TITLE) {
            inputs.add(header(h -> h.text(SlackText.plain(form.title(), ReplyBlocks.MAX_HEADER))));
        }
        if (!form.intro().isBlank()) {
            inputs.add(section(s -> s.text(SlackText.mrkdwn(form.intro(), ReplyBlocks.MAX_SECTION))));
        }
        for (Form.Input in : form.inputs()) {
            inputs.add(input(b -> b.blockId(in.name()).label(SlackText.plain(in.label(), MAX_LABEL)).optional(!in.required())
                    .hint(in.hint().isBlank() ? null : SlackText.plain(in.hint(), MAX_HINT)).element(element(in))));
        }
        return view(v -> v.type("modal").callbackId(form.id()).privateMetadata(SlackText.cut(metadata, MAX_METADATA))
                .title(viewTitle(t -> t.type("plain_text").text(modalTitle(form.title()))))
                .submit(viewSubmit(t -> t.type("plain_text").text(SlackText.cut(form.submitLabel(), MAX_TITLE))))
                .close(viewClose(t -> t.type("plain_text").text(SlackText.cut(closeLabel, MAX_TITLE))))
                .blocks(inputs));
    }

    /**
     * Slack's modal titles hold 24 characters: a longer title is cut at a word, without an
     * ellipsis in mid-word, and stands in full as the modal's first block.
     */
    static String modalTitle(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_TITLE);
        return (space > 0 ? title.substring(0, space) : title.substring(0, MAX_TITLE)).strip();
    }

    /** The modal after a submission: the bot's answer in place of the form, with only a close button. */
    public static View answered(String title, Reply reply, String closeLabel) {
        return view(v -> v.type("modal").title(viewTitle(t -> t.type("plain_text").text(SlackText.cut(title, MAX_TITLE))))
                .close(viewClose(t -> t.type("plain_text").text(SlackText.cut(closeLabel, MAX_TITLE))))
                .blocks(ReplyBlocks.render(reply)));
    }

    /** The form's context a submitted modal carries. */
    public static String context(View view) {
        String metadata = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
        int at = metadata.indexOf(ORIGIN);
        return at < 0 ? metadata : metadata.substring(0, at);
    }

    /** The {@code response_url} of the message the form came from, when it carries one. */
    public static Optional<String> origin(View view) {
        String metadata = view.getPrivateMetadata() == null ? "" : view.getPrivateMetadata();
        int at = metadata.indexOf(ORIGIN);
        return at < 0 ? Optional.empty() : Optional.of(metadata.substring(at + ORIGIN.length())).filter(o -> !o.isBlank());
    }

    /** The submitted values by input name; an input left empty is absent. */
    public static Map<String, String> values(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> actions.forEach((actionId, value) -> {
            String typed = value.getSelectedOption() != null ? value.getSelectedOption().getValue() : value.getValue();
            if (typed != null) {
                values.put(blockId, typed);
            }
        }));
        return values;
    }

    /** The block ids of a view's input blocks: the only names Slack accepts in {@code response_action: errors}. */
    public static List<String> inputNames(View view) {
        List<String> names = new ArrayList<>();
        if (view != null && view.getBlocks() != null) {
            view.getBlocks().stream().filter(InputBlock.class::isInstance).forEach(b -> names.add(b.getBlockId()));
        }
        return names;
    }

    private static BlockElement element(Form.Input in) {
        if (in.kind() == Form.Kind.SELECT) {
            List<OptionObject> options = in.choices().stream().map(FormModals::option).toList();
            OptionObject initial = options.stream().filter(o -> o.getValue().equals(in.initial())).findFirst().orElse(null);
            return staticSelect(s -> s.actionId(in.name()).options(options).initialOption(initial));
        }
        return plainTextInput(p -> p.actionId(in.name()).multiline(in.kind() == Form.Kind.MULTILINE)
                .initialValue(in.initial().isEmpty() ? null : SlackText.cut(in.initial(), MAX_INITIAL))
                .maxLength(in.maxLength() > 0 ? in.maxLength() : null));
    }

    private static OptionObject option(Form.Choice choice) {
        return OptionObject.builder().text(SlackText.plain(choice.label(), MAX_OPTION)).value(choice.value()).build();
    }
}
