package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aCellIsQuotedWhenItMustBeAndNeverRunsAsAFormula() {
        assertThat(CsvFile.cell("plain")).isEqualTo("plain");
        assertThat(CsvFile.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFile.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFile.cell("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvFile.cell("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(CsvFile.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvFile.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvFile.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(CsvFile.cell("a=b")).as("only a leading sign starts a formula").isEqualTo("a=b");
    }

    @Test
    void lineBreaksInACellAreQuotedAndLinesEndInCrLf() {
        CsvFile file = new CsvFile(List.of("a", "b"), List.of(List.of("one\ntwo", "\tx"), List.of("", "3")));

        assertThat(file.text()).isEqualTo("a,b\r\n\"one\ntwo\",'\tx\r\n,3\r\n");
    }

    @Test
    void aLongFileIsWrittenLineForLineInRowOrder() {
        List<List<String>> rows = IntStream.range(0, 25_000)
                .mapToObj(i -> List.of(String.valueOf(i), i % 3 == 0 ? "=cmd " + i : "name, " + i)).toList();
        StringBuilder expected = new StringBuilder("n,who\r\n");
        for (int i = 0; i < rows.size(); i++) {
            expected.append(i).append(',').append(i % 3 == 0 ? "'=cmd " + i : "\"name, " + i + "\"").append("\r\n");
        }

        assertThat(new CsvFile(List.of("n", "who"), rows).text()).isEqualTo(expected.toString());
    }

    @Test
    void everyRowHasAsManyCellsAsTheHeader() {
        assertThatThrownBy(() -> new CsvFile(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
