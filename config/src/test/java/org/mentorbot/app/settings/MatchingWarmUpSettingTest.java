package org.mentorbot.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.app.program.MentorbotProperties;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * {@code MENTORBOT_MATCHING_WARM_UP_FROM} through the shipped application.yml: a program of 50,000
 * waiting mentees is warmed up for unless the operator says otherwise, and 0 turns it off.
 */
class MatchingWarmUpSettingTest {

    @Test
    void withoutTheVariableMatchingIsWarmedUpFromFiftyThousandWaitingMentees() throws IOException {
        assertThat(warmUpFrom(Map.of())).isEqualTo(50_000);
    }

    @Test
    void theVariableSetsItAndZeroTurnsItOff() throws IOException {
        assertThat(warmUpFrom(Map.of("MENTORBOT_MATCHING_WARM_UP_FROM", "10000"))).isEqualTo(10_000);
        assertThat(warmUpFrom(Map.of("MENTORBOT_MATCHING_WARM_UP_FROM", "0"))).isZero();
    }

    private static int warmUpFrom(Map<String, Object> shell) throws IOException {
        return Binder.get(BadSettingsTest.shipped(shell)).bind("mentorbot", MentorbotProperties.class).get().matching().warmUpFrom();
    }
}
