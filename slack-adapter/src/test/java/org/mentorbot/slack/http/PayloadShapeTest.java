package org.mentorbot.slack.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.core.people.ParticipantId;

class PayloadShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a command                     | command=%2Fmentor&user_id=U1&text=help&response_url=https%3A%2F%2Fhooks.slack.com%2Fx | COMMAND
            an ssl_check                  | ssl_check=1&token=t                                                                | SSL_CHECK
            a click                       | payload={"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"a","value":"v"}]} | INTERACTION
            a modal sent back             | payload={"type":"view_submission","user":{"id":"U1"},"view":{"type":"modal","callback_id":"form.join"}} | INTERACTION
            a modal closed                | payload={"type":"view_closed","user":{"id":"U1"}}                                  | NOT_SERVED
            the App Home opened           | {"type":"event_callback","event_id":"Ev1","event":{"type":"app_home_opened","user":"U1","tab":"home"}} | EVENT
            another event                 | {"type":"event_callback","event":{"type":"message","user":{"odd":true}}}          | NOT_SERVED
            Slack checking the URL        | {"type":"url_verification","challenge":"abc"}                                      | URL_VERIFICATION
            """)
    void wellFormedRequestsAreTaken(String what, String body, PayloadShape.Kind kind) {
        PayloadShape.Checked checked = PayloadShape.check(encoded(body));

        assertThat(checked.problem()).as(what).isEmpty();
        assertThat(checked.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            payload=%7B                   | payload=%7B                                                 | the JSON cannot be read
            payload=null                  | payload=null                                                | must be a JSON object
            payload=[]                    | payload=%5B%5D                                              | must be a JSON object
            event null                    | {"type":"event_callback","event":null}                      | event is required
            user as a string              | payload={"type":"block_actions","user":"U1","actions":[{"action_id":"a"}]} | user must be a JSON object
            a user id with a comma        | payload={"type":"block_actions","user":{"id":"U1,U2"},"actions":[{"action_id":"a"}]} | id must be 1 to 194 characters
            a bad escape                  | command=%2Fmentor&user_id=U1&text=%G0                       | not a well-formed form
            a field twice                 | command=%2Fmentor&user_id=U1&user_id=U2                     | not a well-formed form
            no user                       | command=%2Fmentor&text=help                                 | user_id is required
            """)
    void malformedRequestsAreRefusedWithTheReason(String what, String body, String reason) {
        assertThat(PayloadShape.check(encoded(body)).problem()).as(what).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void invalidUtf8AndDeepNestingAreRefused() {
        assertThat(PayloadShape.check(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}).problem()).hasValue("the body is not UTF-8");
        String deep = "{\"type\":\"event_callback\",\"x\":" + "[".repeat(300) + "]".repeat(300) + "}";
        assertThat(PayloadShape.check(deep.getBytes(StandardCharsets.UTF_8)).problem()).hasValueSatisfying(p -> assertThat(p).contains("255"));
    }

    @Test
    void theIdRuleIsTheParticipantIdRule() {
        String longest = "U" + "0".repeat(SlackIds.MAX_LENGTH - 1);

        assertThat(SlackIds.valid(longest)).isTrue();
        assertThat(SlackIds.valid(longest + "0")).isFalse();
        assertThat(ParticipantId.of("slack", longest).value()).hasSize(200);
        assertThat(SlackIds.valid("U1 U2")).isFalse();
        assertThat(SlackIds.valid("U1\u0007")).isFalse();
    }

    /** Writes a {@code payload=} JSON the way Slack sends it: URL-encoded. */
    private static byte[] encoded(String body) {
        String text = body.startsWith("payload={") ? "payload=" + URLEncoder.encode(body.substring(8), StandardCharsets.UTF_8) : body;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
