package org.mentorbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Form;

class FormModalsTest {

    private final Form form = new Form(ActionIds.FORM_FEEDBACK, "How is your mentoring going so far?", "Send", "poll-42", List.of(
            new Form.Input("rating", "Rating", Form.Kind.SELECT, true, "4",
                    List.of(new Form.Choice("Great", "5"), new Form.Choice("Good", "4")), 0, ""),
            new Form.Input("comment", "Comment", Form.Kind.MULTILINE, false, "", List.of(), 1000, "Optional")));

    @Test
    void theModalCarriesTheFormIdAndContextAndNamesEachInput() {
        View modal = FormModals.modal(form, "Cancel");

        assertThat(modal.getType()).isEqualTo("modal");
        assertThat(modal.getCallbackId()).isEqualTo(ActionIds.FORM_FEEDBACK);
        assertThat(modal.getPrivateMetadata()).isEqualTo("poll-42");
        assertThat(modal.getTitle().getText()).hasSizeLessThanOrEqualTo(24);
        assertThat(FormModals.inputNames(modal)).containsExactly("rating", "comment");

        List<InputBlock> inputs = modal.getBlocks().stream().filter(InputBlock.class::isInstance).map(InputBlock.class::cast).toList();
        InputBlock rating = inputs.get(0);
        assertThat(rating.isOptional()).isFalse();
        assertThat(((StaticSelectElement) rating.getElement()).getInitialOption().getValue()).isEqualTo("4");
        InputBlock comment = inputs.get(1);
        assertThat(comment.isOptional()).isTrue();
        PlainTextInputElement text = (PlainTextInputElement) comment.getElement();
        assertThat(text.getActionId()).isEqualTo("comment");
        assertThat(text.isMultiline()).isTrue();
        assertThat(text.getMaxLength()).isEqualTo(1000);
    }

    @Test
    void aModalFromAMessageRemembersThatMessageBesideTheContext() {
        View fromPoll = FormModals.modal(form, "Cancel", "https://hooks.slack.com/actions/T0/1/abc");
        View plain = FormModals.modal(form, "Cancel");

        assertThat(FormModals.context(fromPoll)).isEqualTo("poll-42");
        assertThat(FormModals.origin(fromPoll)).contains("https://hooks.slack.com/actions/T0/1/abc");
        assertThat(FormModals.context(plain)).isEqualTo("poll-42");
        assertThat(FormModals.origin(plain)).isEmpty();
    }

    @Test
    void submittedValuesAreReadByInputName() {
        ViewState.Value chosen = new ViewState.Value();
        ViewState.SelectedOption option = new ViewState.SelectedOption();
        option.setValue("5");
        chosen.setSelectedOption(option);
        ViewState.Value typed = new ViewState.Value();
        typed.setValue("Very helpful");
        ViewState.Value empty = new ViewState.Value();
        ViewState state = new ViewState();
        state.setValues(Map.of("rating", Map.of("rating", chosen), "comment", Map.of("comment", typed), "extra", Map.of("extra", empty)));

        assertThat(FormModals.values(state)).containsExactlyInAnyOrderEntriesOf(Map.of("rating", "5", "comment", "Very helpful"));
    }

    @Test
    void aTitleLongerThanSlackAllowsIsCutAtAWordAndShownInFull() {
        Form join = new Form(ActionIds.FORM_JOIN, "Join the mentoring program", "Join", "", List.of());

        View modal = FormModals.modal(join, "Cancel", "");

        assertThat(modal.getTitle().getText()).isEqualTo("Join the mentoring").hasSizeLessThanOrEqualTo(FormModals.MAX_TITLE);
        assertThat(((com.slack.api.model.block.HeaderBlock) modal.getBlocks().get(0)).getText().getText())
                .isEqualTo("Join the mentoring program");
        assertThat(FormModals.modalTitle("Feedback")).isEqualTo("Feedback");
    }
}
