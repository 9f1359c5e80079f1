package org.mentorbot.core.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.people.Anonymity;

/**
 * A program's report in numbers. It holds the answers it is computed from; what is shown of them —
 * the ratings' distribution and average, the median days to a first meeting, the comments — comes
 * from the methods that take the organisation's {@link Anonymity} and withhold it under the minimum.
 *
 * @param meetingsPerMonth  meetings logged, by the month they were held
 * @param ratings           the feedback ratings (1 to 5), in no order that tells who gave which
 * @param daysToFirstMeeting one entry per pair that logged a meeting
 * @param comments          the feedback comments, sorted
 * @param retention         the participants who left the organisation, against the program's baseline
 * @param surveys           what the start, mid-point and end surveys say
 */
public record ProgramReport(Funnel funnel, SortedMap<YearMonth, Integer> meetingsPerMonth, List<Integer> ratings,
                            List<Long> daysToFirstMeeting, List<String> comments, Retention retention, SurveyResults surveys) {

    /** A report of a program that ran no survey. */
    public ProgramReport(Funnel funnel, SortedMap<YearMonth, Integer> meetingsPerMonth, List<Integer> ratings,
                         List<Long> daysToFirstMeeting, List<String> comments, Retention retention) {
        this(funnel, meetingsPerMonth, ratings, daysToFirstMeeting, comments, retention, SurveyResults.NONE);
    }

    public ProgramReport {
        meetingsPerMonth = new TreeMap<>(meetingsPerMonth);
        ratings = ratings.stream().sorted().toList();
        daysToFirstMeeting = List.copyOf(daysToFirstMeeting);
        comments = comments.stream().sorted().toList();
        surveys = surveys == null ? SurveyResults.NONE : surveys;
    }

    @Override
    public SortedMap<YearMonth, Integer> meetingsPerMonth() {
        return new TreeMap<>(meetingsPerMonth);
    }

    public int responses() {
        return ratings.size();
    }

    /** How many gave each rating, 1 to 5; empty under the minimum of answers. */
    public Optional<List<Integer>> satisfaction(Anonymity anonymity) {
        if (!anonymity.allows(ratings.size())) {
            return Optional.empty();
        }
        List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        ratings.forEach(r -> counts.set(r - 1, counts.get(r - 1) + 1));
        return Optional.of(List.copyOf(counts));
    }

    /** The average rating; empty under the minimum of answers. */
    public OptionalDouble averageRating(Anonymity anonymity) {
        return anonymity.allows(ratings.size()) ? ratings.stream().mapToInt(Integer::intValue).average() : OptionalDouble.empty();
    }

    /** The median days from introduction to first meeting; empty under the minimum of pairs. */
    public OptionalDouble medianDaysToFirstMeeting(Anonymity anonymity) {
        return new JourneyStats(0, 0, 0, 0, daysToFirstMeeting).medianDaysToFirstMeeting(anonymity);
    }
}
