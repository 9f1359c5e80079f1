package org.mentorbot.core.admin;

/**
 * The running numbers of one program that {@code stats} shows besides its pairings: who takes part,
 * check-ins sent and answered, feedback polls and responses. Every number is at least zero.
 *
 * @param mentors          enrolled people (not left) who mentor
 * @param mentees          enrolled people (not left) who are mentored
 * @param waiting          active mentees without an open pairing as mentee
 * @param checkInsSent     check-ins stored
 * @param checkInsAnswered check-ins with an answer
 * @param metAnswers       answers that say the pair met
 * @param helpRequests     answers that ask for help
 * @param pollsSent        feedback polls the bot sent (not asked for by a person)
 * @param responses        feedback responses
 * @param ratingTotal      the sum of the responses' ratings
 */
public record ProgramCounts(int mentors, int mentees, int waiting, int checkInsSent, int checkInsAnswered,
                            int metAnswers, int helpRequests, int pollsSent, int responses, long ratingTotal) {

    public static final ProgramCounts NONE = new ProgramCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ProgramCounts {
        if (mentors < 0 || mentees < 0 || waiting < 0 || checkInsSent < 0 || checkInsAnswered < 0 || metAnswers < 0
                || helpRequests < 0 || pollsSent < 0 || responses < 0 || ratingTotal < 0) {
            throw new IllegalArgumentException("a count below zero: " + this);
        }
    }
}
