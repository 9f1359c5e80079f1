package org.mentorbot.core.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.mentorbot.core.people.Anonymity;

/**
 * What the program's pairs made of their journeys, in numbers only: never a goal's words, a note
 * or a reflection. The median days from introduction to first meeting is withheld under the
 * {@link Anonymity} minimum of pairs, so that it cannot be traced to a pair.
 *
 * @param daysToFirstMeeting one entry per pair that logged a meeting
 */
public record JourneyStats(int pairsWithGoals, int goalsAchieved, int meetingsLogged, long minutes,
                           List<Long> daysToFirstMeeting) {

    public static final JourneyStats NONE = new JourneyStats(0, 0, 0, 0, List.of());

    public JourneyStats {
        daysToFirstMeeting = List.copyOf(daysToFirstMeeting);
    }

    public OptionalDouble medianDaysToFirstMeeting(Anonymity anonymity) {
        if (!anonymity.allows(daysToFirstMeeting.size())) {
            return OptionalDouble.empty();
        }
        List<Long> sorted = daysToFirstMeeting.stream().sorted().toList();
        int n = sorted.size();
        return OptionalDouble.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    /** Two programs' numbers together; the median is taken over both programs' pairs. */
    public JourneyStats plus(JourneyStats o) {
        List<Long> days = new ArrayList<>(daysToFirstMeeting);
        days.addAll(o.daysToFirstMeeting);
        return new JourneyStats(pairsWithGoals + o.pairsWithGoals, goalsAchieved + o.goalsAchieved,
                meetingsLogged + o.meetingsLogged, minutes + o.minutes, days);
    }
}
