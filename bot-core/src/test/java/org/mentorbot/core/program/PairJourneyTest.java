package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.journey.Milestones;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.DueDelivery;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * A pair's journey as the two of them and the admins live it: goals from the introduction, a
 * meeting logged from "we met" and one with {@code log}, the mid-point review, {@code progress}
 * and the numbers; a pair that never starts is flagged once; notes stay with the pair.
 */
class PairJourneyTest {

    static final ProgramSettings RHYTHM = new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(300), false, 3);
    static final Program ENG = Program.named(new ProgramSlug("eng"), "Engineering mentoring");

    final Conversation chat = new Conversation(Stores.inMemory(), List.of(Conversation.defaultProgram(RHYTHM), ENG));

    final Actor rui = person("URUI", "Rui");
    final Actor ed = person("UED", "Ed");
    final Actor maya = person("UMAYA", "Maya");
    final Actor lin = person("ULIN", "Lin");

    @Test
    void goalsMeetingsReviewProgressAndStats() {
        pairUp();
        assertThat(milestones().planned()).as("the first look only plans").isEqualTo(2);

        Reply intro = chat.last(ed, Message.Kind.INTRODUCTION);
        Form goals = chat.press(ed, "Set goals", intro).form().orElseThrow();
        assertThat(goals.intro()).contains("specific");
        Reply saved = chat.submit(ed, ActionIds.FORM_GOALS, goals.context(), Map.of(
                "goal1", "Lead a design review on my own", "by1", "end of June", "status1", "in-progress",
                "goal2", "Give a talk at the guild", "by2", "September"));
        assertThat(saved.fallback()).contains("Goals saved: 2", "Lead a design review on my own, by end of June (in progress)");
        assertThat(chat.last(rui, Message.Kind.NOTICE).fallback()).contains("Ed updated your mentoring goals");
        assertThat(chat.send(rui, "goals").form().orElseThrow().inputs().get(0).initial())
                .as("the partner sees and may edit them").isEqualTo("Lead a design review on my own");

        chat.advance(Duration.ofDays(7));
        nudge();
        Reply met = chat.press(ed, "We met", chat.last(ed, Message.Kind.CHECK_IN));
        Form log = chat.press(ed, "Log this meeting", met).form().orElseThrow();
        assertThat(chat.submit(ed, ActionIds.FORM_MEETING, log.context(), Map.of(
                "date", today(), "minutes", "60", "goalsTouched", "1", "notes", "SECRET-NOTE-1 about my manager")).fallback())
                .contains("Meeting logged", "1 meeting, 1 hour");

        chat.advance(Duration.ofDays(7));
        milestones();
        assertThat(chat.last(maya, Message.Kind.NOTICE).fallback()).contains("Time to agree your goals");
        assertThat(chat.inbox(ed).stream().map(m -> m.content().fallback())).noneMatch(t -> t.contains("Time to agree your goals"));

        chat.advance(Duration.ofDays(7));
        nudge();
        milestones();
        Form second = chat.send(rui, "log").form().orElseThrow();
        chat.submit(rui, ActionIds.FORM_MEETING, second.context(), Map.of(
                "date", LocalDate.parse(today()).minusDays(1).toString(), "minutes", "30", "notes", "SECRET-NOTE-2"));
        assertThat(chat.send(admin(), "stats default").fallback()).as("a logged meeting answers the open check-in")
                .contains("Check-ins sent: 4", "Check-ins answered: 2");

        chat.advance(Duration.ofDays(1));
        milestones();
        assertThat(alerts()).filteredOn(a -> a.contains("has not started")).singleElement().asString()
                .contains("The pairing of Lin with mentor Maya has not started", "21 days");

        chat.advance(Duration.ofDays(70));
        milestones();
        Reply review = chat.last(ed, Message.Kind.NOTICE);
        assertThat(review.fallback()).contains("Mid-point review", "half-way");
        assertThat(chat.messenger.inbox(rui.id(), Message.Kind.NOTICE).stream().map(m -> m.content().fallback())).as("the mentee is asked")
                .noneMatch(t -> t.contains("half-way"));
        Form reviewForm = chat.press(ed, "Review goals", review).form().orElseThrow();
        assertThat(chat.submit(ed, ActionIds.FORM_REVIEW, reviewForm.context(), Map.of(
                "status1", "achieved", "status2", "in-progress", "helped", "Practising out loud")).fallback())
                .contains("review is saved", "(achieved)");

        Reply progress = chat.send(ed, "progress");
        assertThat(progress.fallback()).contains(
                "Goal 1: Lead a design review on my own, by end of June (achieved)",
                "Goal 2: Give a talk at the guild, by September (in progress)",
                "Meetings logged: 2", "Hours of mentoring: 1.5",
                "Milestones reached: first meeting (9 March 2026), goals agreed, mid-point review",
                "Next prompt: closing reflection, 31 August 2026", "SECRET-NOTE-2");

        Reply stats = chat.send(admin(), "stats default");
        assertThat(stats.fallback()).contains("Pairs with goals: 1", "Goals achieved: 1", "Meetings logged: 2",
                "Hours of mentoring: 1.5", "Median days to first meeting: withheld (fewer than 3 pairs)");

        assertThat(alerts()).noneMatch(a -> a.contains("SECRET-NOTE") || a.contains("design review"));
        assertThat(stats.fallback()).doesNotContain("SECRET-NOTE");
        assertThat(chat.registry.stores(ENG.slug()).journeys().all()).as("the other program holds none of it").isEmpty();
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).journeys().all()).extracting(Journey::meetings)
                .anySatisfy(m -> assertThat(m).hasSize(2));
        assertThat(chat.send(ed, "export").blocks().toString()).contains("SECRET-NOTE-1", "Practising out loud");
        assertThat(chat.send(maya, "export").blocks().toString()).doesNotContain("SECRET-NOTE");

        chat.confirm(ed, "delete me");
        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).journeys().all()).as("Rui keeps the pair's journey, without Ed's words")
                .anySatisfy(j -> {
                    assertThat(j.meetings()).extracting(Meeting::notes).containsExactly("", "SECRET-NOTE-2");
                    assertThat(j.reflections()).isEmpty();
                    assertThat(j.goals()).hasSize(2);
                });
        assertThat(chat.send(rui, "export").blocks().toString()).contains("SECRET-NOTE-2").doesNotContain("SECRET-NOTE-1",
                "Practising out loud", "slack:UED");
    }

    @Test
    void badInputIsAnsweredByFieldAndNothingIsSaved() {
        pairUp();
        String context = chat.send(ed, "goals").form().orElseThrow().context();
        Map<String, String> four = new HashMap<>(Map.of("goal1", "One", "goal2", "Two", "goal3", "Three", "goal4", "Four"));
        assertThat(chat.submit(ed, ActionIds.FORM_GOALS, context, four).fieldErrors()).containsOnlyKeys("goal4");
        Reply tooLong = chat.submit(ed, ActionIds.FORM_GOALS, context, Map.of("goal1", "x".repeat(5_000)));
        assertThat(tooLong.fieldErrors()).containsOnlyKeys("goal1");
        assertThat(tooLong.fallback()).contains("Goal 1", "300 characters");

        String log = chat.send(ed, "log").form().orElseThrow().context();
        LocalDate today = LocalDate.parse(today());
        assertThat(chat.submit(ed, ActionIds.FORM_MEETING, log, Map.of("date", today.plusDays(2).toString(), "minutes", "30"))
                .fieldErrors()).containsOnlyKeys("date").allSatisfy((k, v) -> assertThat(v).contains("future"));
        assertThat(chat.submit(ed, ActionIds.FORM_MEETING, log, Map.of("date", today.minusDays(3).toString(), "minutes", "30"))
                .fieldErrors()).containsOnlyKeys("date").allSatisfy((k, v) -> assertThat(v).contains("before your introduction"));
        assertThat(chat.submit(ed, ActionIds.FORM_MEETING, log, Map.of("date", today.toString(), "minutes", "-30"))
                .fieldErrors()).containsOnlyKeys("minutes").allSatisfy((k, v) -> assertThat(v).contains("Minutes"));
        assertThat(chat.submit(lin, ActionIds.FORM_MEETING, log, Map.of("date", today.toString(), "minutes", "30")).fallback())
                .contains("another pair");

        assertThat(chat.registry.stores(ProgramSlug.DEFAULT).journeys().all()).as("nothing saved").isEmpty();
    }

    @Test
    void aPairStillActiveWhileAMemberIsPausedGetsNoPromptAndIsLookedAtAgainALeaseLater() {
        pairUp();
        milestones();
        Stores stores = chat.registry.stores(ProgramSlug.DEFAULT);
        Participant linAsStored = stores.participants().find(lin.id()).orElseThrow();
        stores.participants().save(linAsStored.withStatus(ParticipantStatus.PAUSED));
        Pairing linsPair = stores.pairings().open().stream().filter(p -> p.mentee().equals(lin.id())).findFirst().orElseThrow();

        chat.advance(Duration.ofDays(14));
        milestones();

        assertThat(chat.inbox(lin).stream().map(m -> m.content().fallback())).noneMatch(t -> t.contains("Time to agree your goals"));
        assertThat(stores.pairings().find(linsPair.id()).orElseThrow().milestoneDueAt())
                .isEqualTo(chat.clock.instant().plus(DueDelivery.LEASE));
        stores.participants().save(linAsStored);
        chat.advance(DueDelivery.LEASE);
        milestones();
        assertThat(chat.last(lin, Message.Kind.NOTICE).fallback()).contains("Time to agree your goals");
    }

    @Test
    void aMentorWithTwoMenteesSeesEachAndIsAskedWhich() {
        chat.join(rui, "join default", Map.of("role", "mentor", "skillsOffered", "rust, go", "level", "6",
                "department", "Engineering", "timezone", "Europe/Berlin", "capacity", "2"));
        mentee(ed, "rust");
        mentee(lin, "go");
        chat.send(admin(), "match default");

        assertThat(chat.send(rui, "progress").fallback()).contains("Rui and Ed", "Rui and Lin");
        Reply which = chat.send(rui, "goals");
        assertThat(which.fallback()).contains("Which one?");
        assertThat(chat.press(rui, "With Lin (Mentoring program)", which).form()).isPresent();
        assertThat(chat.send(maya, "progress").fallback()).contains("don't have an open pairing");
    }

    private void pairUp() {
        chat.join(rui, "join default", Map.of("role", "mentor", "skillsOffered", "rust", "level", "6",
                "department", "Engineering", "timezone", "Europe/Berlin", "capacity", "1"));
        chat.join(maya, "join default", Map.of("role", "mentor", "skillsOffered", "kubernetes", "level", "6",
                "department", "Engineering", "timezone", "Europe/Berlin", "capacity", "1"));
        mentee(ed, "rust");
        mentee(lin, "kubernetes");
        assertThat(chat.send(admin(), "match default").fallback()).contains("2 new pairs introduced");
    }

    private void mentee(Actor who, String skills) {
        chat.join(who, "join default", Map.of("role", "mentee", "skillsWanted", skills, "level", "2",
                "department", "Product", "timezone", "Europe/Lisbon"));
    }

    private Milestones.Summary milestones() {
        return chat.program.journey().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
    }

    private void nudge() {
        chat.program.checkIns().sendDue(chat.clock.instant(), ProgramEnd.NEVER, Runnable::run);
    }

    private List<String> alerts() {
        return chat.messenger.inbox(Conversation.ADMIN).stream().map(m -> m.content().fallback()).toList();
    }

    private String today() {
        return LocalDate.ofInstant(chat.clock.instant(), ZoneOffset.UTC).toString();
    }
}
