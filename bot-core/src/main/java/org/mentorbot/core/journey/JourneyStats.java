package org.mentorbot.core.journey;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.PairId;

/**
 * What the program's pairs made of their journeys, in numbers only: never a goal's words, a note
 * or a reflection. The median days from introduction to first meeting is withheld under the
 * {@link Anonymity} minimum of pairs, so that it cannot be traced to a pair. The days are kept as
 * a distribution (days → pairs), so the numbers can be kept as counters: each journey adds
 * {@link #of its share}, and a change moves them by the difference.
 *
 * @param daysToFirstMeeting for each number of days from introduction (UTC day) to first meeting,
 *                           how many pairs took that long; pairs that logged no meeting are not in it
 */
public record JourneyStats(int pairsWithGoals, int goalsAchieved, int meetingsLogged, long minutes,
                           SortedMap<Long, Integer> daysToFirstMeeting) {

    public static final JourneyStats NONE = new JourneyStats(0, 0, 0, 0, new TreeMap<>());

    public JourneyStats {
        SortedMap<Long, Integer> kept = new TreeMap<>();
        daysToFirstMeeting.forEach((days, pairs) -> {
            if (pairs < 0) {
                throw new IllegalArgumentException("a negative number of pairs took " + days + " days");
            }
            if (pairs > 0) {
                kept.put(days, pairs);
            }
        });
        daysToFirstMeeting = Collections.unmodifiableSortedMap(kept);
    }

    /** The numbers with one entry per pair that logged a meeting, in any order. */
    public JourneyStats(int pairsWithGoals, int goalsAchieved, int meetingsLogged, long minutes, List<Long> daysToFirstMeeting) {
        this(pairsWithGoals, goalsAchieved, meetingsLogged, minutes, histogram(daysToFirstMeeting));
    }

    /**
     * What one journey adds: {@code introduced} is the UTC day its pairing was introduced (empty when
     * the pairing is not stored, and then its first meeting is not counted).
     */
    public static JourneyStats of(Journey journey, Optional<LocalDate> introduced) {
        SortedMap<Long, Integer> days = new TreeMap<>();
        journey.firstMeeting().ifPresent(first -> introduced.ifPresent(
                day -> days.put(Math.max(0, ChronoUnit.DAYS.between(day, first)), 1)));
        return new JourneyStats(journey.goals().isEmpty() ? 0 : 1, (int) journey.achieved(), journey.meetings().size(),
                journey.minutes(), days);
    }

    /** The numbers counted from every journey: what counters are built from and checked against. */
    public static JourneyStats counted(Collection<Journey> journeys, Function<PairId, Optional<LocalDate>> introduced) {
        JourneyStats total = NONE;
        for (Journey journey : journeys) {
            total = total.plus(of(journey, journey.firstMeeting().isPresent() ? introduced.apply(journey.pair()) : Optional.empty()));
        }
        return total;
    }

    /** The day the pairing was introduced, as the days to first meeting count it. */
    public static LocalDate introducedOn(Pairing pairing) {
        return LocalDate.ofInstant(pairing.startedAt(), ZoneOffset.UTC);
    }

    /** How many pairs logged a meeting (and are in the distribution). */
    public long pairsThatMet() {
        return daysToFirstMeeting.values().stream().mapToLong(Integer::longValue).sum();
    }

    public OptionalDouble medianDaysToFirstMeeting(Anonymity anonymity) {
        long n = pairsThatMet();
        if (n == 0 || !anonymity.allows(n)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n % 2 == 1 ? nth(n / 2) : (nth(n / 2 - 1) + nth(n / 2)) / 2.0);
    }

    /** Two programs' numbers together; the median is taken over both programs' pairs. */
    public JourneyStats plus(JourneyStats o) {
        return combined(o, 1);
    }

    /** These numbers without what {@code o} adds (a journey's share before its change). */
    public JourneyStats minus(JourneyStats o) {
        return combined(o, -1);
    }

    private JourneyStats combined(JourneyStats o, int sign) {
        SortedMap<Long, Integer> days = new TreeMap<>(daysToFirstMeeting);
        o.daysToFirstMeeting.forEach((d, pairs) -> days.merge(d, sign * pairs, Integer::sum));
        return new JourneyStats(pairsWithGoals + sign * o.pairsWithGoals, goalsAchieved + sign * o.goalsAchieved,
                meetingsLogged + sign * o.meetingsLogged, minutes + sign * o.minutes, days);
    }

    /** The days of the pair at {@code index} (from 0) in the distribution's order. */
    private long nth(long index) {
        long seen = 0;
        for (Map.Entry<Long, Integer> bucket : daysToFirstMeeting.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalArgumentException("no pair at " + index + " of " + seen);
    }

    private static SortedMap<Long, Integer> histogram(List<Long> days) {
        SortedMap<Long, Integer> counted = new TreeMap<>();
        days.forEach(d -> counted.merge(d, 1, Integer::sum));
        return counted;
    }
}
