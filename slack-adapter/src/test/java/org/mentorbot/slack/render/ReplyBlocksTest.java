package org.mentorbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;

class ReplyBlocksTest {

    @Test
    void eachCoreBlockHasItsBlockKitShape() {
        Reply reply = Reply.builder().header("Check-in")
                .text("Did you meet?")
                .fields(List.of(new Block.Field("Role", "mentor")))
                .buttons(List.of(new Block.Button("We met", ActionIds.CHECKIN_MET, "ci-1", Block.Style.PRIMARY),
                        new Block.Button("Need help", ActionIds.CHECKIN_NEED_HELP, "ci-1", Block.Style.DANGER)))
                .build();

        List<LayoutBlock> blocks = ReplyBlocks.render(reply);

        assertThat(blocks).hasSize(4);
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo("Check-in");
        assertThat(((SectionBlock) blocks.get(1)).getText().getText()).isEqualTo("Did you meet?");
        assertThat(((SectionBlock) blocks.get(2)).getFields()).extracting(t -> t.getText()).containsExactly("*Role*\nmentor");
        List<ButtonElement> buttons = ((ActionsBlock) blocks.get(3)).getElements().stream().map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly(ActionIds.CHECKIN_MET, ActionIds.CHECKIN_NEED_HELP);
        assertThat(buttons).extracting(ButtonElement::getValue).containsOnly("ci-1");
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", "danger");
    }

    @Test
    void typedMarkupIsEscapedInTextFieldsAndTheFallback() {
        Reply reply = Reply.builder().text("Skills: <!channel>, <@U0EVIL>")
                .fields(List.of(new Block.Field("Department", "<http://evil.example|Click>"))).build();

        List<LayoutBlock> blocks = ReplyBlocks.render(reply);

        MarkdownTextObject text = (MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText();
        assertThat(text.getText()).isEqualTo("Skills: &lt;!channel&gt;, &lt;@U0EVIL&gt;");
        assertThat(text.getVerbatim()).isTrue();
        assertThat(((SectionBlock) blocks.get(1)).getFields().get(0).getText()).contains("&lt;http://evil.example|Click&gt;");
        assertThat(ReplyBlocks.fallback(reply)).doesNotContain("<").contains("&lt;!channel&gt;");
    }

    @Test
    void moreThanTenFieldsAreSplitIntoSections() {
        List<Block.Field> fields = IntStream.range(0, 14).mapToObj(i -> new Block.Field("L" + i, "v" + i)).toList();

        List<LayoutBlock> blocks = ReplyBlocks.render(Reply.builder().fields(fields).build());

        assertThat(blocks).hasSize(2);
        assertThat(((SectionBlock) blocks.get(0)).getFields()).hasSize(10);
        assertThat(((SectionBlock) blocks.get(1)).getFields()).hasSize(4);
    }

    @Test
    void aDocumentBecomesEscapedCodeBlocksThatNeverSplitAnEntity() {
        String content = "{\"goals\":\"<!here>\"}" + "&".repeat(4000);

        List<LayoutBlock> blocks = ReplyBlocks.render(Reply.builder().document(new Block.Document("me.json", "application/json", content)).build());

        assertThat(blocks).hasSizeGreaterThan(2);
        for (LayoutBlock block : blocks.subList(1, blocks.size())) {
            String text = ((SectionBlock) block).getText().getText();
            assertThat(text).startsWith("```").endsWith("```").doesNotContain("<").hasSizeLessThanOrEqualTo(3000);
            assertThat(text.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")).doesNotContain("&");
        }
    }

    @Test
    void aFormInAMessageIsNamedNotLost() {
        Form form = new Form(ActionIds.FORM_FEEDBACK, "Feedback", "Send", "poll-1", List.of());

        List<LayoutBlock> blocks = ReplyBlocks.render(Reply.builder().form(form).build());

        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).isEqualTo("Feedback");
    }

    @Test
    void aReplyLongerThanSlackShowsSaysItWasShortened() {
        Reply.Builder long_ = Reply.builder();
        IntStream.range(0, 60).forEach(i -> long_.text("line " + i));

        List<LayoutBlock> blocks = ReplyBlocks.render(long_.build());

        assertThat(blocks).hasSize(ReplyBlocks.MAX_BLOCKS);
        assertThat(((SectionBlock) blocks.get(48)).getText().getText()).isEqualTo("line 48");
        String notice = ((MarkdownTextObject) ((ContextBlock) blocks.get(49)).getElements().get(0)).getText();
        assertThat(notice).contains("longer than Slack shows", "11 more parts were left out");
    }

    @Test
    void aReplyThatFitsCarriesNoNotice() {
        Reply.Builder fits = Reply.builder();
        IntStream.range(0, ReplyBlocks.MAX_BLOCKS).forEach(i -> fits.text("line " + i));

        assertThat(ReplyBlocks.render(fits.build())).hasSize(ReplyBlocks.MAX_BLOCKS).allMatch(SectionBlock.class::isInstance);
    }

    @Test
    void aSlackPartnerIsAMentionAndAnyoneElseANameWithTheirPlatform() {
        Reply intro = Reply.builder().contacts("To reach each other:", List.of(
                new Block.Contact(new ParticipantId("slack:U0MAYA1"), "Maya", "Maya on Slack"),
                new Block.Contact(new ParticipantId("teams:6f1c-<@UEVIL>"), "Ed <!here>", "Ed <!here> on Microsoft Teams"))).build();

        String text = ((SectionBlock) ReplyBlocks.render(intro).get(0)).getText().getText();

        assertThat(text).isEqualTo("To reach each other: <@U0MAYA1>, Ed &lt;!here&gt; on Microsoft Teams");
        assertThat(intro.fallback()).isEqualTo("To reach each other: Maya on Slack, Ed <!here> on Microsoft Teams");
    }
}
