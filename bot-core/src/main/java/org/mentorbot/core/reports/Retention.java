package org.mentorbot.core.reports;

import java.util.OptionalDouble;

/**
 * How many of the program's participants left the organisation, against how many it would lose
 * at the organisation's usual rate. The participants' rate is annualised over the days since the
 * first of them joined, once that is at least {@link #MIN_DAYS_TO_ANNUALISE} days: a shorter
 * span would make one leaver look like a flood.
 *
 * @param baselineAnnualTurnover the program's {@code baselineAnnualTurnover} (0.15 = 15 %), or null
 */
public record Retention(int participants, int leavers, long daysObserved, Double baselineAnnualTurnover) {

    public static final long MIN_DAYS_TO_ANNUALISE = 30;

    /** The share of participants who left, 0 to 1; empty without participants. */
    public OptionalDouble leaverShare() {
        return participants == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) leavers / participants);
    }

    /** The participants' leaving rate over a year at the pace seen so far; empty too early to say. */
    public OptionalDouble annualisedTurnover() {
        return daysObserved < MIN_DAYS_TO_ANNUALISE || participants == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(1.0, (double) leavers / participants * 365.0 / daysObserved));
    }
}
