package org.mentorbot.core.people;

/**
 * The fewest answers an aggregate may be drawn from before it is shown: an average, a share, a
 * distribution or a list of comments over fewer people could be traced back to one of them, so
 * it is withheld instead. Set once for the whole organisation ({@code MENTORBOT_ANONYMITY_MIN}).
 *
 * @param minimum at least 1; 1 shows every aggregate
 */
public record Anonymity(int minimum) {

    public static final Anonymity DEFAULT = new Anonymity(3);

    public Anonymity {
        if (minimum < 1) {
            throw new IllegalArgumentException("the anonymity minimum must be at least 1, not " + minimum);
        }
    }

    /** Whether an aggregate over {@code answers} answers may be shown. */
    public boolean allows(long answers) {
        return answers >= minimum;
    }
}
