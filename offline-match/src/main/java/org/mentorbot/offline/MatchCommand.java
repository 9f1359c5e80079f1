package org.mentorbot.offline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The offline matching command line:
 * {@code match --roster ROSTER.json [--edges EDGES.csv] --out RESULT.json [--date YYYY-MM-DD]}.
 *
 * @param referenceDate the day on which working hours across time zones are compared
 *                      (daylight-saving time moves them); fixed by default so that the same
 *                      files always give the same result
 */
record MatchCommand(Path roster, Optional<Path> edges, Path out, LocalDate referenceDate) {

    static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 1, 15);

    static final String USAGE = """
            usage: match --roster ROSTER.json [--edges EDGES.csv] --out RESULT.json [--date YYYY-MM-DD]
              --roster  participants as {"participants":[{"id":..,"role":"mentor|mentee|both",..}]}
              --edges   optional lines mentee_id,mentor_id,score: the only allowed pairs, with their scores
              --out     where to write the result JSON (written only when the input is valid)
              --date    day on which working hours across time zones are compared (default 2025-01-15)
            """;

    MatchCommand {
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(edges, "edges");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** Reads the arguments, with or without the leading {@code match}. */
    static MatchCommand parse(String[] args) throws UsageException {
        int start = args.length > 0 && args[0].equals("match") ? 1 : 0;
        Path roster = null;
        Path edges = null;
        Path out = null;
        LocalDate date = DEFAULT_REFERENCE_DATE;
        for (int k = start; k < args.length; k += 2) {
            if (k + 1 >= args.length) {
                throw new UsageException("missing value after " + args[k]);
            }
            String value = args[k + 1];
            switch (args[k]) {
                case "--roster" -> roster = Path.of(value);
                case "--edges" -> edges = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--date" -> date = date(value);
                default -> throw new UsageException("unknown argument " + args[k]);
            }
        }
        if (roster == null || out == null) {
            throw new UsageException("--roster and --out are required");
        }
        return new MatchCommand(roster, Optional.ofNullable(edges), out, date);
    }

    private static LocalDate date(String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must look like 2025-01-15, was " + value);
        }
    }
}
