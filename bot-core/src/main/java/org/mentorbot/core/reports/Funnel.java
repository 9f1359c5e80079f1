package org.mentorbot.core.reports;

/**
 * How far the program's mentees got, each step counting the mentees who reached it: enrolled,
 * matched (introduced to a mentor), met (a meeting logged or a check-in answered "we met"), goals
 * set, at least one goal achieved, and completed (their pair reached the closing reflection). The
 * steps after matched count matched mentees only; a pair may set goals before it first meets.
 */
public record Funnel(int enrolled, int matched, int met, int goalsSet, int goalsAchieved, int completed) {

    public Funnel {
        if (enrolled < 0 || matched < 0 || met < 0 || goalsSet < 0 || goalsAchieved < 0 || completed < 0) {
            throw new IllegalArgumentException("a funnel counts people, never fewer than none");
        }
    }
}
