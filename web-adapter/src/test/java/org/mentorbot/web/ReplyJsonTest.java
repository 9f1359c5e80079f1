package org.mentorbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;

class ReplyJsonTest {

    @Test
    void aPictureReachesThePageAsAPngDataUriWithItsWords() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Reply reply = Reply.builder().image(new Block.Image("funnel.png", png, "Funnel: Matched 3")).build();

        ReplyJson.BlockJson block = ReplyJson.of(reply).blocks().get(0);

        assertThat(block.type()).isEqualTo("image");
        assertThat(block.text()).isEqualTo("Funnel: Matched 3");
        assertThat(block.image()).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    }
}
