package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The batch of the next upgrade step follows the time the last one took, within bounds. */
class SchemaUpgradeTest {

    private static final long MS = 1_000_000;

    @Test
    void aStepOnTargetKeepsItsBatch() {
        assertThat(SchemaUpgrade.nextBatch(400, SchemaUpgrade.TARGET_MILLIS * MS)).isEqualTo(400);
    }

    @Test
    void aSlowStepHalvesTheBatchAtMostAndAFastOneDoublesItAtMost() {
        assertThat(SchemaUpgrade.nextBatch(400, 40 * SchemaUpgrade.TARGET_MILLIS * MS)).isEqualTo(200);
        assertThat(SchemaUpgrade.nextBatch(400, SchemaUpgrade.TARGET_MILLIS * MS * 4 / 5)).isEqualTo(500);
        assertThat(SchemaUpgrade.nextBatch(400, 1)).isEqualTo(800);
    }

    @Test
    void theBatchStaysBetweenFiftyAndFiveThousand() {
        assertThat(SchemaUpgrade.nextBatch(60, 1_000 * MS)).isEqualTo(50);
        assertThat(SchemaUpgrade.nextBatch(4_000, 1)).isEqualTo(5_000);
    }
}
