package org.mentorbot.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table as a CSV file that spreadsheets open safely: RFC 4180 (comma-separated, CRLF line
 * ends, a cell quoted when it holds a comma, a quote or a line break, quotes doubled), and no
 * cell a spreadsheet would run as a formula — one that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading {@code '}. Names and answers people typed end up in cells, so
 * every cell is treated alike.
 */
public record CsvFile(List<String> header, List<List<String>> rows) {

    private static final String LINE_END = "\r\n";
    /** From this many rows on, the lines are written in parallel. */
    private static final int IN_PARALLEL = 10_000;

    public CsvFile {
        header = List.copyOf(header);
        List<List<String>> copied = new ArrayList<>(rows.size());
        String[] cells = new String[header.size()];
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = Objects.requireNonNullElse(row.get(i), "");
            }
            copied.add(List.of(cells));
        }
        rows = List.copyOf(copied);
    }

    /** The file's text: the header line, then one line per row; a long file's lines are written on every core. */
    public String text() {
        Stream<List<String>> lines = Stream.concat(Stream.of(header), rows.stream());
        return (rows.size() < IN_PARALLEL ? lines : lines.parallel()).map(CsvFile::line).collect(Collectors.joining());
    }

    /** The file as a document called {@code name}, to go with a message. */
    public Block.Document document(String name) {
        return new Block.Document(name, "text/csv", text());
    }

    /** One cell as written: neutralised if a spreadsheet would read it as a formula, then quoted if it must be. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quoted = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvFile::cell).collect(Collectors.joining(",", "", LINE_END));
    }
}
