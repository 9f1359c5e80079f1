package org.mentorbot.core.reports;

import java.util.List;
import java.util.Objects;

/**
 * What a report's chart shows, before anyone draws it: a title, what the bars count, and one
 * bar per category in order. A {@link ChartRenderer} turns it into a picture.
 */
public record Chart(String title, String valueAxis, List<Bar> bars) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxis, "valueAxis");
        bars = List.copyOf(bars);
    }

    /** One bar: its category and its height. */
    public record Bar(String label, double value) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The chart in words, for a picture's alt text: {@code Title: a 3, b 1}. */
    public String inWords() {
        StringBuilder words = new StringBuilder(title).append(':');
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double v = bar.value();
            words.append(i == 0 ? " " : ", ").append(bar.label()).append(' ')
                    .append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
        }
        return words.toString();
    }
}
