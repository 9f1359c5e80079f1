package org.mentorbot.core.reports;

import java.util.Optional;

/**
 * Draws a {@link Chart} as a PNG picture. Drawing takes a chart library and some milliseconds, so
 * it happens only when an admin asks for a report. Implementations answer empty when they cannot
 * draw; the report then gives the chart's numbers in words only.
 */
@FunctionalInterface
public interface ChartRenderer {

    /** A renderer that draws nothing: reports carry their numbers as lines only. */
    ChartRenderer NONE = chart -> Optional.empty();

    /** The chart as PNG bytes, or empty when it cannot be drawn. */
    Optional<byte[]> png(Chart chart);
}
