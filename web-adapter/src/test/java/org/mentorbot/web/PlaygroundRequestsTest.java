package org.mentorbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a request body is read: the decisions a web framework made before the playground left Spring MVC. */
class PlaygroundRequestsTest {

    private static final byte[] HELP = "{\"text\":\"help\"}".getBytes(UTF_8);

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=UTF-8", "Application/JSON ; charset=utf-8",
            "application/vnd.mentorbot+json"})
    void anyJsonContentTypeIsRead(String contentType) {
        assertThat(read(contentType, HELP).text()).isEqualTo("help");
    }

    @Test
    void aBodyThatIsNotJsonOrSaysNothingAboutItsTypeIsNotRead() {
        assertThatThrownBy(() -> read("text/plain", HELP)).isInstanceOf(PlaygroundRequests.NotJson.class)
                .hasMessage("Send JSON, with Content-Type: application/json.");
        assertThatThrownBy(() -> read(null, HELP)).isInstanceOf(PlaygroundRequests.NotJson.class);
        assertThatThrownBy(() -> read("not a type", HELP)).isInstanceOf(PlaygroundRequests.NotJson.class);
    }

    @Test
    void noBodyAtAllIsABodyOfTheWrongShape() {
        assertThatThrownBy(() -> read(null, null)).isInstanceOf(PlaygroundRequestException.class)
                .hasMessage("The request body must be JSON of the documented shape.");
        assertThatThrownBy(() -> read("application/json", new byte[0])).isInstanceOf(PlaygroundRequestException.class)
                .hasMessage("The request body must be JSON of the documented shape.");
        assertThatThrownBy(() -> read("application/json", "null".getBytes(UTF_8)))
                .isInstanceOf(PlaygroundRequestException.class)
                .hasMessage("The request body must be JSON of the documented shape.");
    }

    @Test
    void aRequestThatRefusesItsValuesAnswersWithItsOwnSentence() {
        assertThatThrownBy(() -> read("application/json", "{\"text\":null}".getBytes(UTF_8)))
                .isInstanceOf(PlaygroundRequestException.class).hasMessage("the text is required");
    }

    private PlaygroundRequests.Command read(String contentType, byte[] body) {
        return PlaygroundRequests.read(json, contentType, body, PlaygroundRequests.Command.class);
    }
}
