package org.mentorbot.core.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.SurveyStage;

/** The behaviour every {@link SurveyStore} shares. */
public abstract class SurveyStoreContract {

    private static final ParticipantId MIA = new ParticipantId("slack:MIA");
    private static final ParticipantId LEO = new ParticipantId("teams:leo");
    private static final Instant MAY = Instant.parse("2026-05-04T09:30:00Z");

    protected abstract SurveyStore newStore();

    private SurveyStore store;

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    @Test
    void eachPersonIsAskedRemindedAndAnswersOncePerStage() {
        assertThat(store.invite(new SurveyInvite(SurveyStage.START, MIA, 3, MAY))).isTrue();
        assertThat(store.invite(new SurveyInvite(SurveyStage.START, MIA, 4, MAY.plusSeconds(60)))).as("the first one stays").isFalse();
        assertThat(store.invite(new SurveyInvite(SurveyStage.MIDPOINT, MIA, 4, MAY))).isTrue();
        assertThat(store.invitation(SurveyStage.START, MIA)).contains(new SurveyInvite(SurveyStage.START, MIA, 3, MAY));
        assertThat(store.invitation(SurveyStage.END, MIA)).isEmpty();

        assertThat(store.remind(SurveyStage.START, MIA, MAY)).isTrue();
        assertThat(store.remind(SurveyStage.START, MIA, MAY.plusSeconds(5))).isFalse();
        assertThat(store.remind(SurveyStage.MIDPOINT, MIA, MAY)).isTrue();

        SurveyResponse first = new SurveyResponse(SurveyStage.START, MIA, Map.of("confidence", 2, "stay", 4), MAY);
        assertThat(store.respond(first)).isTrue();
        assertThat(store.respond(new SurveyResponse(SurveyStage.START, MIA, Map.of("confidence", 5), MAY))).isFalse();
        assertThat(store.response(SurveyStage.START, MIA)).contains(first);
        assertThat(store.response(SurveyStage.MIDPOINT, MIA)).isEmpty();
        assertThat(store.responses()).containsExactly(first);
        assertThat(store.invitations()).hasSize(2);
    }

    @Test
    void deletingAPersonErasesEverythingOfTheirsAndNothingElse() {
        store.invite(new SurveyInvite(SurveyStage.START, MIA, 3, MAY));
        store.invite(new SurveyInvite(SurveyStage.END, MIA, 3, MAY));
        store.invite(new SurveyInvite(SurveyStage.START, LEO, 5, MAY));
        store.remind(SurveyStage.START, MIA, MAY);
        store.respond(new SurveyResponse(SurveyStage.END, MIA, Map.of("recommend", 9), MAY));
        SurveyResponse leo = new SurveyResponse(SurveyStage.START, LEO, Map.of("confidence", 3), MAY);
        store.respond(leo);

        store.delete(MIA);

        assertThat(store.invitations()).extracting(SurveyInvite::person).containsExactly(LEO);
        assertThat(store.responses()).containsExactly(leo);
        assertThat(store.remind(SurveyStage.START, MIA, MAY)).as("the reminder was erased too").isTrue();
        assertThat(store.invite(new SurveyInvite(SurveyStage.START, MIA, 3, MAY))).isTrue();
    }
}
