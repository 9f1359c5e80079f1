package org.mentorbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.memory.InMemoryPairingStore;
import org.mentorbot.core.people.Anonymity;

/**
 * The numbers {@code stats} hands on carry the share of "we met" answers and the average rating
 * only at the organisation's anonymity minimum, not the default one: four answers are withheld
 * under a minimum of five in the numbers themselves, not just in the words the admin reads.
 */
class ProgramStatsTest {

    static final Anonymity FIVE = new Anonymity(5);

    /** Four check-ins answered (three "we met") and four feedback responses rating 17 in all. */
    static final ProgramCounts FOUR_ANSWERS = new ProgramCounts(2, 2, 0, 4, 4, 3, 0, 2, 4, 17);

    @Test
    void fourAnswersAreWithheldInTheNumbersUnderAMinimumOfFive() {
        ProgramStats stats = new StatsFlow(() -> FOUR_ANSWERS, new InMemoryPairingStore(), Copy.english(), FIVE).stats();

        assertThat(stats.checkInsAnswered()).isEqualTo(4);
        assertThat(stats.feedbackResponses()).isEqualTo(4);
        assertThat(stats.metShare()).isEmpty();
        assertThat(stats.averageRating()).isEmpty();
        assertThat(new StatsFlow(() -> FOUR_ANSWERS, new InMemoryPairingStore(), Copy.english(), FIVE).report().fallback())
                .contains("Answers that say the pair met: withheld (fewer than 5 answers)",
                        "Average rating: withheld (fewer than 5 answers)");
    }

    @Test
    void theSameFourAnswersAreShownUnderAMinimumOfFour() {
        ProgramStats stats = new StatsFlow(() -> FOUR_ANSWERS, new InMemoryPairingStore(), Copy.english(), new Anonymity(4)).stats();

        assertThat(stats.metShare()).hasValue(0.75);
        assertThat(stats.averageRating()).hasValue(4.25);
    }

    @Test
    void totalsOverProgramsAreWithheldUnderTheMinimumTheyAreAddedWith() {
        ProgramStats two = ProgramStats.of(FIVE, 1, 1, 1, 0, 0, 0, 2, 2, 1, 0, 0, 1, 2, 9);

        ProgramStats four = ProgramStats.NONE.plus(two, FIVE).plus(two, FIVE);

        assertThat(four.checkInsAnswered()).isEqualTo(4);
        assertThat(four.metShare()).isEmpty();
        assertThat(four.averageRating()).isEmpty();
        assertThat(two.plus(two, new Anonymity(4)).averageRating()).hasValue(4.5);
    }
}
