package org.mentorbot.core.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Survey;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.reports.SurveyResults;

/** Every survey figure of a report, against values worked out by hand, and nothing from fewer answers than the minimum. */
class SurveyResultsTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<SurveyQuestion> QUESTIONS = Survey.DEFAULT.questions(Copy.english());
    private final ParticipantId a = id("a");
    private final ParticipantId b = id("b");
    private final ParticipantId c = id("c");
    private final ParticipantId d = id("d");

    @Test
    void npsMeansYesSharesAndProgressionMatchTheHandWorkedValues() {
        List<SurveyInvite> invites = List.of(invite(SurveyStage.START, a, 3), invite(SurveyStage.START, b, 4),
                invite(SurveyStage.START, c, 5), invite(SurveyStage.START, d, 2), invite(SurveyStage.END, a, 4));
        List<SurveyResponse> responses = List.of(
                answer(SurveyStage.START, a, Map.of("confidence", 2, "stay", 3)),
                answer(SurveyStage.START, b, Map.of("confidence", 3, "stay", 4)),
                answer(SurveyStage.START, c, Map.of("confidence", 4, "stay", 5)),
                // a said 6 half-way and 10 at the end: only the end counts
                answer(SurveyStage.MIDPOINT, a, Map.of("recommend", 6, "satisfaction", 3)),
                answer(SurveyStage.END, a, Map.of("recommend", 10, "satisfaction", 5, "promotion", 1, "confidence", 5)),
                answer(SurveyStage.END, b, Map.of("recommend", 8, "satisfaction", 4, "promotion", 0, "confidence", 4)),
                answer(SurveyStage.END, c, Map.of("recommend", 3, "satisfaction", 2, "promotion", 1, "confidence", 3)),
                answer(SurveyStage.END, d, Map.of("recommend", 9, "satisfaction", 5, "promotion", 0, "confidence", 4)));
        // b raised their level from 4 to 6; a's first level was 3 and is 3 now; d is no longer a participant
        SurveyResults results = SurveyResults.of(QUESTIONS, invites, responses, Map.of(a, 3, b, 6, c, 5));
        Anonymity three = Anonymity.DEFAULT;

        assertThat(results.responses(SurveyStage.START)).isEqualTo(3);
        assertThat(results.responses(SurveyStage.MIDPOINT)).isEqualTo(1);
        assertThat(results.responses(SurveyStage.END)).isEqualTo(4);
        SurveyResults.Nps nps = results.nps(three).orElseThrow();
        assertThat(nps).as("10 and 9 promote, 8 is passive, 3 detracts").isEqualTo(new SurveyResults.Nps(2, 1, 1));
        assertThat(nps.score()).isEqualTo(25);
        assertThat(results.mean("confidence", SurveyStage.START, three)).hasValue(3.0);
        assertThat(results.mean("confidence", SurveyStage.END, three)).hasValue(4.0);
        assertThat(results.mean("satisfaction", SurveyStage.END, three)).hasValue(4.0);
        assertThat(results.mean("satisfaction", SurveyStage.MIDPOINT, three)).as("one answer").isEmpty();
        assertThat(results.yes("promotion", SurveyStage.END, three)).contains(new SurveyResults.Share(2, 4));
        assertThat(results.progression(three)).as("a and c reported a promotion, b moved up a level")
                .contains(new SurveyResults.Progression(3, 4, 2, 1));
    }

    @Test
    void aCohortOfTwoShowsNothingThatCouldIdentifyThem() {
        List<SurveyResponse> two = List.of(
                answer(SurveyStage.END, a, Map.of("recommend", 10, "satisfaction", 5, "promotion", 1)),
                answer(SurveyStage.END, b, Map.of("recommend", 2, "satisfaction", 1, "promotion", 0)));
        SurveyResults results = SurveyResults.of(QUESTIONS, List.of(invite(SurveyStage.END, a, 3), invite(SurveyStage.END, b, 3)),
                two, Map.of(a, 3, b, 3));

        assertThat(results.nps(Anonymity.DEFAULT)).isEmpty();
        assertThat(results.mean("satisfaction", SurveyStage.END, Anonymity.DEFAULT)).isEmpty();
        assertThat(results.yes("promotion", SurveyStage.END, Anonymity.DEFAULT)).isEmpty();
        assertThat(results.progression(Anonymity.DEFAULT)).isEmpty();
        assertThat(results.nps(new Anonymity(2))).as("an organisation that allows 2 sees them").isPresent();
    }

    private static ParticipantId id(String name) {
        return new ParticipantId("slack:U" + name.toUpperCase());
    }

    private static SurveyInvite invite(SurveyStage stage, ParticipantId who, int level) {
        return new SurveyInvite(stage, who, level, AT);
    }

    private static SurveyResponse answer(SurveyStage stage, ParticipantId who, Map<String, Integer> answers) {
        return new SurveyResponse(stage, who, answers, AT);
    }
}
