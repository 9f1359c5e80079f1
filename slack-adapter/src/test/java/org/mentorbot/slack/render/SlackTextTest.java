package org.mentorbot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "<!channel> => &lt;!channel&gt;",
            "<!here> look => &lt;!here&gt; look",
            "hi <@U0EVIL> => hi &lt;@U0EVIL&gt;",
            "<http://evil.example|Click> => &lt;http://evil.example|Click&gt;",
            "R&D => R&amp;D",
            "&lt; already => &amp;lt; already",
            "plain words => plain words"})
    void escapesWhatSlackWouldParse(String typed, String shown) {
        assertThat(SlackText.escape(typed)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aaaa&amp;bbbb | 7 | aaaa…",
            "aaaa&amp;bbbb | 10 | aaaa&amp;…",
            "short         | 9 | short"})
    void cuttingNeverLeavesHalfAnEntity(String escaped, int max, String cut) {
        assertThat(SlackText.cutEscaped(escaped, max)).isEqualTo(cut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<!channel> | &lt;!channel&gt;"})
    void mrkdwnIsEscapedAndVerbatim(String typed, String shown) {
        assertThat(SlackText.mrkdwn(typed, 3000).getText()).isEqualTo(shown);
        assertThat(SlackText.mrkdwn(typed, 3000).getVerbatim()).isTrue();
    }
}
