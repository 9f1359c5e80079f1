package org.mentorbot.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours when people can be asked to meet or be nudged: weekdays, 09:00 to 17:00 in their
 * own time zone. Works on instants so that daylight-saving changes and zones on either side
 * of the date line come out right.
 */
public final class WorkingHours {

    public static final LocalTime START = LocalTime.of(9, 0);
    public static final LocalTime END = LocalTime.of(17, 0);

    private WorkingHours() {
    }

    /** Whether {@code instant} falls on a weekday between 09:00 and 17:00 in {@code zone}. */
    public static boolean contains(ZoneId zone, Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWeekday(local.getDayOfWeek()) && !time.isBefore(START) && time.isBefore(END);
    }

    /**
     * How long the working days of two zones overlap around {@code day} (the working day of
     * {@code a} on that date, against {@code b}'s working days that day, the day before and after).
     */
    public static Duration overlap(ZoneId a, ZoneId b, LocalDate day) {
        Instant aStart = day.atTime(START).atZone(a).toInstant();
        Instant aEnd = day.atTime(END).atZone(a).toInstant();
        Duration best = Duration.ZERO;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDate other = day.plusDays(shift);
            Instant bStart = other.atTime(START).atZone(b).toInstant();
            Instant bEnd = other.atTime(END).atZone(b).toInstant();
            Instant from = aStart.isAfter(bStart) ? aStart : bStart;
            Instant to = aEnd.isBefore(bEnd) ? aEnd : bEnd;
            if (from.isBefore(to)) {
                Duration d = Duration.between(from, to);
                best = d.compareTo(best) > 0 ? d : best;
            }
        }
        return best;
    }

    /**
     * The first instant at or after {@code from} (rounded up to the quarter hour) that lies
     * inside the working hours of both zones; empty when their working hours never meet within
     * two weeks. Leapfrogs from one zone's next opening to the other's, so it is exact for any
     * offset, needs a handful of steps, and never steps over the earliest common instant.
     */
    public static Optional<Instant> firstCommonSlot(ZoneId a, ZoneId b, Instant from) {
        Instant t = roundUpToQuarter(from);
        Instant limit = from.plus(Duration.ofDays(14));
        while (t.isBefore(limit)) {
            t = nextOpening(a, t);
            if (contains(b, t)) {
                return t.isBefore(limit) ? Optional.of(t) : Optional.empty();
            }
            t = nextOpening(b, t);
            if (contains(a, t)) {
                return t.isBefore(limit) ? Optional.of(t) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The first quarter hour at or after {@code from} when a meeting of {@code length} fits inside
     * working hours in both zones from start to end (not 16:45 for a day that ends at 17:00).
     */
    public static Optional<Instant> firstCommonSlot(ZoneId a, ZoneId b, Instant from, Duration length) {
        Instant limit = from.plus(Duration.ofDays(14));
        Optional<Instant> slot = firstCommonSlot(a, b, from);
        while (slot.isPresent() && slot.get().isBefore(limit)) {
            Instant last = slot.get().plus(length).minusSeconds(1);
            if (contains(a, last) && contains(b, last)) {
                return slot;
            }
            slot = firstCommonSlot(a, b, slot.get().plus(Duration.ofMinutes(15)));
        }
        return Optional.empty();
    }

    /** The first instant at or after {@code from} inside working hours in {@code zone}. */
    public static Instant nextOpening(ZoneId zone, Instant from) {
        Instant t = from;
        ZonedDateTime local = t.atZone(zone);
        for (int i = 0; i < 8; i++) {
            if (contains(zone, t)) {
                return t;
            }
            LocalTime time = local.toLocalTime();
            ZonedDateTime next = isWeekday(local.getDayOfWeek()) && time.isBefore(START)
                    ? local.toLocalDate().atTime(START).atZone(zone)
                    : local.toLocalDate().plusDays(1).atTime(START).atZone(zone);
            t = next.toInstant();
            local = next;
        }
        return t;
    }

    private static boolean isWeekday(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    private static Instant roundUpToQuarter(Instant instant) {
        long quarter = Duration.ofMinutes(15).getSeconds();
        long seconds = instant.getEpochSecond();
        long rounded = ((seconds + quarter - 1) / quarter) * quarter;
        return Instant.ofEpochSecond(rounded);
    }
}
