package org.mentorbot.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackPropertiesTest {

    @ParameterizedTest(name = "bot={0} secret={1} app={2} -> {3}")
    @CsvSource({
            "'',          '',       '',          NONE",
            "'',          secret,   '',          NONE",
            "'',          '',       xapp-1,      NONE",
            "xoxb-1,      '',       '',          NONE",
            "xoxb-1,      secret,   '',          HTTP",
            "xoxb-1,      secret,   xapp-1,      SOCKET_MODE",
            "xoxb-1,      '',       xapp-1,      SOCKET_MODE",
            "'  ',        secret,   '',          NONE"})
    void theSettingsDecideHowSlackReachesTheBot(String bot, String secret, String app, SlackProperties.Transport expected) {
        assertThat(settings(bot, secret, app).transport()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "'',     '',     '',     ''",
            "'',     secret, '',     SLACK_BOT_TOKEN is not set",
            "xoxb-1, '',     '',     set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)",
            "xoxb-1, secret, '',     ''"})
    void halfASetupSaysWhatIsMissing(String bot, String secret, String app, String missing) {
        assertThat(settings(bot, secret, app).missing()).isEqualTo(missing);
    }

    private static SlackProperties settings(String bot, String secret, String app) {
        return new SlackProperties(bot, secret, app, "https://slack.com/api/", Duration.ofMinutes(10), 8, 4, 1000);
    }
}
