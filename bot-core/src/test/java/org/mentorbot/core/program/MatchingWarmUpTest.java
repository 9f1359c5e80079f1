package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Copy;

class MatchingWarmUpTest {

    private final Copy copy = new Copy(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void previewsTheSampleRosterAsAProgramWouldAndSendsNothing() {
        List<Integer> read = new ArrayList<>();
        MatchingWarmUp.Result result = MatchingWarmUp.run(copy, clock, sample -> read.add(sample.size()), 300, 60, 2);

        assertThat(read).as("the sample read as the store reads, before each preview").containsExactly(360, 360);
        assertThat(result.previews()).isEqualTo(2);
        assertThat(result.people()).isEqualTo(360);
        assertThat(result.title()).matches("Matching preview: [1-9][0-9]* pairs, [0-9]+ waiting");
        assertThat(result.took()).isPositive();
    }

    @Test
    void theSampleIsTheSameEveryTimeSoEveryStartWarmsUpAlike() {
        String first = MatchingWarmUp.run(copy, clock, sample -> { }, 200, 40, 1).title();

        assertThat(MatchingWarmUp.run(copy, clock, sample -> { }, 200, 40, 1).title()).isEqualTo(first);
    }
}
