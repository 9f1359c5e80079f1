package org.mentorbot.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.slack.render.SlackCopy;

class AnswersTest {

    private final Slack slack = Slack.getInstance();
    private final Answers answers = new Answers(slack, slack.methods("xoxb-test"), SlackCopy.english());

    private final Reply help = Reply.builder().header("How it works").text("Use <these> & those")
            .fields(List.of(new Block.Field("join", "sign up"))).build();

    @Test
    void aSharedAnswerIsTheAcknowledgementBoltWouldSend() {
        Response bolt = new SlashCommandContext().ack(answers.toCommandResponse(help));

        Response shared = answers.ackShared(help);

        assertThat(shared.getStatusCode()).isEqualTo(200);
        assertThat(shared.getContentType()).isEqualTo(bolt.getContentType());
        assertThat(shared.getBody()).isEqualTo(bolt.getBody()).contains("sign up");
    }

    @Test
    void eachAcknowledgementIsItsOwnResponseAndEachReplyItsOwnBody() {
        Response first = answers.ackShared(help);
        Response again = answers.ackShared(help);
        Response other = answers.ackShared(Reply.text("Something else"));

        assertThat(again).isNotSameAs(first);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(other.getBody()).isNotEqualTo(first.getBody()).contains("Something else");
    }

    @Test
    void aDocumentSlackCannotTakeStaysAsTextAndSaysSo() {
        SlackConfig closed = new SlackConfig();
        closed.setMethodsEndpointUrlPrefix("http://127.0.0.1:1/api/");
        Slack unreachable = Slack.getInstance(closed);
        Answers offline = new Answers(unreachable, unreachable.methods("xoxb-test"), SlackCopy.english());
        Reply export = Reply.builder().text("Here is everything we hold about you.")
                .document(new Block.Document("mentorbot-data.json", "application/json", "{\"id\":\"slack:U1\"}")).build();

        Reply answered = offline.withDocumentsAsFiles("U1", export, "export by slack:U1");

        assertThat(answered.blocks()).hasSize(3).element(1).isInstanceOf(Block.Document.class);
        assertThat(answered.fallback()).contains("couldn't send mentorbot-data.json as a file");
    }

    @Test
    void aReplyWithoutDocumentsIsLeftAlone() {
        assertThat(answers.withDocumentsAsFiles("U1", help, "help")).isSameAs(help);
    }
}
