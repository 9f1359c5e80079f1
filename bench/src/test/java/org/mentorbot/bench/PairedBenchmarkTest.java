package org.mentorbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedBenchmarkTest {

    private static final List<String> OUTPUT = List.of(
            "max heap 1024 MiB, 1 processors",
            "case                         mentees     seats  wall_ms   cpu_ms  peak_heap_MiB  matched  total_score  optimal  rounds  survey_ms  solver_ms  pricing_ms",
            "[main] INFO org.mentorbot.core.matching.Matcher - Matched 83334 mentees with 16666 mentors in 8098 ms: 50212 pairs",
            "scored 83334x16666             83334     50212     9199    9180            382    50212     10845512     true       6       3432       2366        3065",
            "scored 83334x16666             83334     50212     7719    7700            403    50212     10845512     true       6       2781       1900        2822",
            "scored 83334x16666             83334     50212     7361    7350            311    50212     10845512     true       6       2637       1799        2649");

    @Test
    void theFirstRunOfAJvmIsLeftOutAndEachWarmRunKeepsItsTimesAndResult() {
        List<PairedBenchmark.Run> runs = PairedBenchmark.warmRuns("this", 1, OUTPUT);

        assertThat(runs).containsExactly(
                new PairedBenchmark.Run("this", 1, 7719, 7700, 2781, 1900, 2822, 50212, 10845512, true),
                new PairedBenchmark.Run("this", 1, 7361, 7350, 2637, 1799, 2649, 50212, 10845512, true));
        assertThat(PairedBenchmark.row(runs.get(0))).contains("core 1", "wall   7719 ms", "survey   2781 ms", "50212 matched, total 10845512, optimal");
    }

    @Test
    void aRowThatIsNotTheMatchersIsRefusedByName() {
        assertThatThrownBy(() -> PairedBenchmark.warmRuns("other", 0, List.of("scored 1000x200 1000 400 12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scored 1000x200 1000 400 12");
    }

    @Test
    void theSummaryGivesEachBuildsMediansAndThisOverTheOther() {
        List<PairedBenchmark.Run> runs = new ArrayList<>();
        runs.add(new PairedBenchmark.Run("this", 0, 700, 690, 200, 300, 150, 10, 99, true));
        runs.add(new PairedBenchmark.Run("this", 1, 900, 880, 260, 310, 170, 10, 99, true));
        runs.add(new PairedBenchmark.Run("this", 0, 800, 790, 220, 305, 160, 10, 99, true));
        runs.add(new PairedBenchmark.Run("other", 1, 1000, 990, 400, 300, 200, 10, 99, true));
        runs.add(new PairedBenchmark.Run("other", 0, 1200, 1190, 500, 320, 220, 10, 99, true));

        String summary = PairedBenchmark.summary(runs);

        assertThat(summary.lines().toList()).containsExactly(
                "medians       runs   wall_ms    cpu_ms  survey_ms  solver_ms  pricing_ms",
                "this             3       800       790        220        305         160",
                "other            2      1100      1090        450        310         210",
                "this/other             0.727     0.725      0.489      0.984       0.762",
                "both builds matched as many mentees for the same total score");
    }

    @Test
    void buildsWhoseResultsDifferAreSaidToDifferAndNoWarmRunsAreSaidToBeMissing() {
        List<PairedBenchmark.Run> runs = List.of(new PairedBenchmark.Run("this", 0, 700, 690, 200, 300, 150, 10, 99, true),
                new PairedBenchmark.Run("other", 1, 1000, 990, 400, 300, 200, 10, 98, true));

        assertThat(PairedBenchmark.summary(runs)).endsWith("the builds' results differ: compare the rows above\n");
        assertThat(PairedBenchmark.summary(runs.subList(0, 1))).isEqualTo("no warm runs to compare: use --repeat 2 or more\n");
    }
}
