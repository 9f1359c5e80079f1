package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.Milestones;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.SurveyStage;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.testkit.Conversation;

/**
 * The surveys as participants and admins live them: the start survey a day after the
 * introduction, once per person however many pairs they are in; one reminder to those who have
 * not answered; one answer each; the end survey when the program closes; and the report's
 * figures, withheld until enough people answered.
 */
class SurveysTest {

    final Conversation chat = new Conversation(Stores.inMemory(), List.of(Conversation.defaultProgram(PairJourneyTest.RHYTHM)));

    final Actor rui = person("URUI", "Rui");
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");
    final Actor lin = person("ULIN", "Lin");
    final Actor kai = person("UKAI", "Kai");

    @Test
    void askedOnceRemindedOnceAnsweredOnceAndReported() {
        pairUp();
        milestones();
        assertThat(surveys(rui)).as("nothing on the day of the introduction").isEmpty();

        chat.advance(Duration.ofDays(1));
        milestones();
        for (Actor each : List.of(rui, maya, ed, lin, kai)) {
            assertThat(surveys(each)).as("%s is asked the start survey once", each.displayName()).hasSize(1);
        }
        Reply invite = chat.last(ed, Message.Kind.SURVEY);
        assertThat(invite.fallback()).contains("Mentoring program: a short survey to start", "2 questions", "at least 3 people");

        Form form = chat.press(ed, "Take the survey", invite).form().orElseThrow();
        assertThat(form.inputs()).extracting(Form.Input::name).containsExactly("confidence", "stay");
        assertThat(form.inputs().get(0).choices()).hasSize(5);
        Reply wrong = chat.submit(ed, ActionIds.FORM_SURVEY, form.context(), Map.of("confidence", "9", "stay", "four"));
        assertThat(wrong.fieldErrors()).containsOnlyKeys("confidence", "stay");
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).surveys().responses()).as("nothing recorded").isEmpty();
        assertThat(chat.submit(ed, ActionIds.FORM_SURVEY, form.context(), Map.of("confidence", "2", "stay", "3")).fallback())
                .contains("Thank you");
        assertThat(chat.submit(ed, ActionIds.FORM_SURVEY, form.context(), Map.of("confidence", "5", "stay", "5")).fallback())
                .contains("answered this survey already");
        assertThat(chat.press(ed, "Take the survey", invite).fallback()).contains("answered this survey already");

        Form lins = chat.send(lin, "survey").form().orElseThrow();
        chat.submit(lin, ActionIds.FORM_SURVEY, lins.context(), Map.of("confidence", "3", "stay", "4"));
        assertThat(chat.send(lin, "survey").fallback()).contains("No survey of Mentoring program is waiting for you");

        chat.advance(Duration.ofDays(7));
        milestones();
        assertThat(surveys(ed)).as("answered: no reminder").hasSize(1);
        assertThat(surveys(lin)).hasSize(1);
        for (Actor each : List.of(rui, maya, kai)) {
            assertThat(surveys(each)).as("%s is reminded once", each.displayName()).hasSize(2);
        }
        assertThat(chat.last(rui, Message.Kind.SURVEY).fallback()).contains("Reminder", "only reminder");
        chat.advance(Duration.ofDays(7));
        milestones();
        assertThat(surveys(rui)).as("never a second reminder").hasSize(2);

        answer(rui, Map.of("confidence", "4", "stay", "5"));
        Reply report = chat.send(admin(), "report default");
        assertThat(report.fallback()).contains("Survey responses: start 3 · half-way 0 · end 0",
                "Confidence (1 to 5): start 3.0 / 5 · half-way withheld · end withheld",
                "Intent to stay (1 to 5): start 4.0 / 5 · end withheld", "NPS (would recommend, 0 to 10): withheld (fewer than 3 answers)");

        assertThat(chat.send(ed, "export").blocks().toString()).contains("\"surveys\"", "\"confidence\": 2", "\"levelThen\": 2");
        chat.confirm(ed, "delete me");
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).surveys().responses()).extracting(r -> r.person().value())
                .containsExactlyInAnyOrder("slack:ULIN", "slack:URUI");
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).surveys().invitations())
                .noneMatch(i -> i.person().equals(ed.id()));

        assertThat(chat.send(admin(), "program close default").fallback()).contains("the end survey to 4 people");
        for (Actor each : List.of(rui, maya, lin, kai)) {
            assertThat(chat.last(each, Message.Kind.SURVEY).fallback()).as("%s gets the end survey", each.displayName())
                    .contains("closing survey");
        }
        answer(rui, Map.of("satisfaction", "5", "recommend", "10", "progress", "4", "confidence", "5", "promotion", "0", "stay", "5"));
        answer(lin, Map.of("satisfaction", "4", "recommend", "9", "progress", "3", "confidence", "4", "promotion", "1", "stay", "4"));
        answer(kai, Map.of("satisfaction", "2", "recommend", "5", "progress", "2", "confidence", "3", "promotion", "0", "stay", "2"));

        String after = chat.send(admin(), "report default").fallback();
        assertThat(after).contains("Survey responses: start 2 · half-way 0 · end 3",
                "NPS (would recommend, 0 to 10): +33 (3 answers: 2 promoters, 0 passives, 1 detractors)",
                "Satisfaction (survey, 1 to 5): half-way withheld · end 3.7 / 5",
                "Promotion or new role: end yes 1 of 3",
                "Progression: 1 of 4 surveyed (25%): 1 reported a promotion or new role, 0 moved up a level");
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).surveys().invitation(SurveyStage.END, rui.id())).isPresent();
    }

    @Test
    void aProgramClosedBeforeItsMidPointAsksTheEndSurveyAndNeverTheHalfWayOne() {
        pairUp();
        chat.advance(Duration.ofMinutes(5));
        assertThat(chat.send(admin(), "program close default").fallback()).contains("Closed Mentoring program", "the end survey to 5 people");
        int endSurveys = surveys(ed).size();
        assertThat(endSurveys).as("closing asks the end survey").isEqualTo(1);

        chat.advance(Duration.ofMinutes(5));
        ProgramEnd closed = chat.programs.find(ProgramSlug.DEFAULT).orElseThrow().end();
        chat.registry.flows(chat.programs.find(ProgramSlug.DEFAULT).orElseThrow()).journey()
                .sendDue(chat.clock.instant(), closed, Runnable::run);

        assertThat(surveys(ed)).as("no half-way survey after the end").hasSize(endSurveys);
        assertThat(chat.inbox(ed)).noneMatch(m -> m.content().fallback().contains("half-way")
                || m.content().fallback().contains("Mid-point review"));
        assertThat(chat.inbox(ed)).as("the pair still looks back").anyMatch(m -> m.content().fallback().contains("Closing reflection"));
    }

    @Test
    void aProgramWithoutSurveysAsksNothingAndAStrangerCannotAnswer() {
        pairUp();
        Reply stranger = chat.submit(person("UX", "X"), ActionIds.FORM_SURVEY, "start", Map.of("confidence", "3", "stay", "3"));
        assertThat(stranger.fallback()).contains("Only people taking part");
        assertThat(chat.submit(ed, ActionIds.FORM_SURVEY, "sometime", Map.of()).fallback()).contains("no longer open");
        assertThat(chat.send(ed, "survey").fallback()).contains("No survey");

        chat.programs.save(chat.programs.find(ProgramSlug.DEFAULT).orElseThrow().withSurvey(org.mentorbot.core.programs.Survey.OFF));
        chat.registry.changed(chat.programs.find(ProgramSlug.DEFAULT).orElseThrow());
        chat.advance(Duration.ofDays(9));
        chat.registry.flows(chat.programs.find(ProgramSlug.DEFAULT).orElseThrow()).journey()
                .sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
        assertThat(surveys(ed)).isEmpty();
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).surveys().invitations()).isEmpty();
    }

    private void answer(Actor who, Map<String, String> values) {
        Form form = chat.send(who, "survey").form().orElseThrow(() -> new AssertionError(who.displayName() + " has no survey"));
        assertThat(chat.submit(who, ActionIds.FORM_SURVEY, form.context(), values).fallback()).contains("Thank you");
    }

    private List<Message> surveys(Actor who) {
        return chat.messenger.inbox(who.id(), Message.Kind.SURVEY);
    }

    private void pairUp() {
        chat.join(rui, "join default", Map.of("role", "mentor", "skillsOffered", "rust", "level", "6", "capacity", "2"));
        chat.join(maya, "join default", Map.of("role", "mentor", "skillsOffered", "kubernetes", "level", "6", "capacity", "1"));
        for (Actor mentee : List.of(ed, lin)) {
            chat.join(mentee, "join default", Map.of("role", "mentee", "skillsWanted", "rust", "level", "2"));
        }
        chat.join(kai, "join default", Map.of("role", "mentee", "skillsWanted", "kubernetes", "level", "2"));
        assertThat(chat.send(admin(), "match default").fallback()).contains("3 new pairs introduced");
    }

    private Milestones.Summary milestones() {
        return chat.program.journey().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
    }
}
