package org.mentorbot.slack.render;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;

/**
 * A person's App Home: the core's profile reply (role, pair, next check-in and the quick
 * actions: edit profile, pause or resume, give feedback), a join button for someone not yet in
 * the program, and the answer to the last thing they did there, on top.
 */
public final class HomeView {

    private static final int MAX_BLOCKS = 100;

    private final SlackCopy copy;

    public HomeView(SlackCopy copy) {
        this.copy = copy;
    }

    public View render(Reply profile, Optional<Reply> notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(SlackText.plain(copy.text("home.title"), ReplyBlocks.MAX_HEADER))));
        notice.ifPresent(n -> {
            blocks.addAll(ReplyBlocks.render(n));
            blocks.add(divider());
        });
        blocks.addAll(ReplyBlocks.render(profile));
        if (profile.blocks().stream().noneMatch(Block.Actions.class::isInstance)) {
            blocks.add(actions(a -> a.elements(asElements(button(b -> b.actionId(ActionIds.PROFILE_EDIT).style("primary")
                    .text(SlackText.plain(copy.text("home.join"), ReplyBlocks.MAX_BUTTON_LABEL)))))));
        }
        blocks.add(context(c -> c.elements(List.of(SlackText.mrkdwn(copy.text("home.hint"), ReplyBlocks.MAX_SECTION)))));
        List<LayoutBlock> shown = blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks;
        return view(v -> v.type("home").blocks(List.copyOf(shown)));
    }
}
