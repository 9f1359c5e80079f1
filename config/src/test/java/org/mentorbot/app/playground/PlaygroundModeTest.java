package org.mentorbot.app.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

class PlaygroundModeTest {

    @ParameterizedTest(name = "enabled=''{0}'' slack=''{1}'' teamsId=''{2}'' teamsLocal=''{3}'' -> {4}")
    @CsvSource({
            "'',      '',     '',   false, STANDALONE",
            "auto,    '',     '',   false, STANDALONE",
            "'',      xoxb-1, '',   false, OFF",
            "'',      '',     app1, false, OFF",
            "'',      '',     '',   true,  OFF",
            "true,    '',     '',   false, STANDALONE",
            "TRUE,    xoxb-1, '',   false, BESIDE_PLATFORMS",
            "true,    '',     '',   true,  BESIDE_PLATFORMS",
            "false,   '',     '',   false, OFF",
            "' false', xoxb-1, '',  false, OFF",
    })
    void theModeFollowsTheSettingAndTheConfiguredPlatforms(String enabled, String slackToken, String teamsAppId,
                                                           String teamsLocal, PlaygroundMode expected) {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("mentorbot.playground.enabled", enabled)
                .withProperty("mentorbot.slack.bot-token", slackToken)
                .withProperty("mentorbot.teams.app-id", teamsAppId)
                .withProperty("mentorbot.teams.local", teamsLocal);

        assertThat(PlaygroundMode.from(settings)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"yes", "1", "on"})
    void anUnclearSettingStopsTheStartWithASentence(String enabled) {
        MockEnvironment settings = new MockEnvironment().withProperty("mentorbot.playground.enabled", enabled);

        assertThatThrownBy(() -> PlaygroundMode.from(settings))
                .hasMessageStartingWith("Bad setting MENTORBOT_PLAYGROUND: '" + enabled + "' is not true, false or empty");
    }

    @org.junit.jupiter.api.Test
    void withNoSettingsAtAllThePlaygroundRunsStandalone() {
        assertThat(PlaygroundMode.from(new MockEnvironment())).isEqualTo(PlaygroundMode.STANDALONE);
    }
}
