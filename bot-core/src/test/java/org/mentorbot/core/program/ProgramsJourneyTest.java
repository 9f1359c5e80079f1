package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.testkit.Conversation;

/**
 * Two programs side by side: an engineering track and a leaders cohort. One person mentors in
 * one and is mentored in the other; each program pairs only its own people, counts only its
 * own numbers, and has its own admins.
 */
class ProgramsJourneyTest {

    static final ProgramSlug ENG = new ProgramSlug("eng");
    static final ProgramSlug LEADERS = new ProgramSlug("leaders");
    static final Actor nia = person("UNIA", "Nia");

    final Conversation chat = new Conversation(org.mentorbot.core.program.Stores.inMemory(), List.of(
            withAdmins(Program.named(ENG, "Engineering mentoring"), nia),
            Program.named(LEADERS, "New managers cohort")));

    final Actor maya = person("UMAYA", "Maya");
    final Actor rui = person("URUI", "Rui");
    final Actor ed = person("UED", "Ed");
    final Actor ana = person("UANA", "Ana");

    @Test
    void twoProgramsPairOnlyTheirOwnPeopleAndCountOnlyTheirOwnNumbers() {
        joinAs(maya, ENG, "mentor", 6);
        joinAs(ed, ENG, "mentee", 2);
        joinAs(maya, LEADERS, "mentee", 6);
        joinAs(rui, LEADERS, "mentor", 8);
        joinAs(ana, LEADERS, "mentee", 5);

        assertThat(chat.send(admin(), "match eng").fallback()).contains("1 new pair introduced, 0 mentees waiting");
        assertThat(pairings(ENG)).singleElement().satisfies(p -> {
            assertThat(p.mentor()).isEqualTo(maya.id());
            assertThat(p.mentee()).isEqualTo(ed.id());
        });
        assertThat(pairings(LEADERS)).isEmpty();

        assertThat(chat.send(admin(), "match leaders").fallback()).contains("1 new pair introduced, 1 mentee waiting");
        assertThat(pairings(LEADERS)).singleElement().satisfies(p -> assertThat(p.mentor()).isEqualTo(rui.id()));

        assertThat(chat.send(admin(), "stats eng").fallback()).contains("Mentors: 1", "Mentees: 1", "Active pairs: 1",
                "Mentees waiting for a match: 0");
        assertThat(chat.send(admin(), "stats leaders").fallback()).contains("Mentors: 1", "Mentees: 2", "Active pairs: 1",
                "Mentees waiting for a match: 1");
        assertThat(chat.send(admin(), "stats").fallback()).contains("all 2 programs", "Mentors: 2", "Mentees: 3",
                "Active pairs: 2", "Mentees waiting for a match: 1",
                "Engineering mentoring (eng): 1 mentor, 1 mentee, 1 active pair, 0 waiting",
                "New managers cohort (leaders): 1 mentor, 2 mentees, 1 active pair, 1 waiting");

        assertThat(chat.confirm(maya, "leave eng").fallback()).contains("You've left");
        assertThat(pairings(ENG)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PairingStatus.ENDED));
        assertThat(pairings(LEADERS)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PairingStatus.ACTIVE));
        assertThat(chat.send(maya, "programs").fallback()).contains("Engineering mentoring (eng): running",
                "Send \"join eng\" to take part", "New managers cohort (leaders): running", "You take part as a mentee");
    }

    @Test
    void aProgramAdminRunsTheirProgramAndIsRefusedTheOther() {
        joinAs(maya, ENG, "mentor", 6);
        joinAs(ed, ENG, "mentee", 2);
        assertThat(chat.send(nia, "match leaders").fallback()).contains("Only program admins");
        assertThat(chat.send(nia, "match").fallback()).as("the only program Nia runs").contains("1 new pair introduced");
        assertThat(chat.send(nia, "stats").fallback()).contains("Mentors: 1", "Active pairs: 1");
        assertThat(chat.send(nia, "program new").fallback()).contains("Only program admins");
        assertThat(chat.send(ed, "nudge eng").fallback()).contains("Only program admins");
    }

    @Test
    void joinWithoutAProgramAsksWhichAndTheButtonOpensTheRightForm() {
        Reply which = chat.send(ed, "join");
        assertThat(which.fallback()).contains("Which program?");
        Block.Button leaders = which.blocks().stream().filter(b -> b instanceof Block.Actions)
                .flatMap(b -> ((Block.Actions) b).buttons().stream()).filter(b -> b.label().equals("New managers cohort"))
                .findFirst().orElseThrow();
        assertThat(leaders.actionId()).isEqualTo(ActionIds.RUN_COMMAND);
        Reply form = chat.press(ed, "New managers cohort", which);
        assertThat(form.form()).isPresent();
        assertThat(ProgramSlug.ofScoped(form.form().get().context())).isEqualTo(LEADERS);
    }

    @Test
    void badProgramWordsAreAnsweredAndChangeNothing() {
        assertThat(chat.send(ed, "join nope").fallback()).contains("I don't know a program called \"nope\"",
                "eng (Engineering mentoring)", "leaders (New managers cohort)");
        chat.programs.save(chat.programs.find(LEADERS).orElseThrow().closed(chat.clock.instant()));
        assertThat(chat.send(ed, "join leaders").fallback()).contains("New managers cohort is not taking new people");
        assertThat(chat.send(ed, "program new").fallback()).contains("Only program admins");
        assertThat(chat.send(admin(), "match nope").fallback()).contains("I don't know a program called \"nope\"");
        assertThat(chat.registry.stores(LEADERS).participants().all()).isEmpty();
        assertThat(chat.registry.stores(ENG).pairings().all()).isEmpty();
    }

    @Test
    void aProfileEditedInOneProgramIsTheSameInTheOtherWhileRolesStayApart() {
        joinAs(maya, ENG, "mentor", 6);
        joinAs(maya, LEADERS, "mentee", 7);
        assertThat(chat.registry.stores(ENG).participants().find(maya.id()).orElseThrow().profile().level()).isEqualTo(7);
        assertThat(chat.registry.stores(ENG).participants().find(maya.id()).orElseThrow().profile().role().mentors()).isTrue();
        assertThat(chat.registry.stores(LEADERS).participants().find(maya.id()).orElseThrow().profile().role().mentors()).isFalse();
        assertThat(chat.send(maya, "profile").fallback()).contains("Engineering mentoring: you take part as a mentor",
                "New managers cohort: you take part as a mentee");
        assertThat(chat.send(maya, "export").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Document.class,
                d -> assertThat(d.content()).contains("\"eng\"", "\"leaders\"")));
    }

    @Test
    void closingAProgramPollsAndThanksItsPairsAndDeletesNothing() {
        joinAs(maya, ENG, "mentor", 6);
        joinAs(ed, ENG, "mentee", 2);
        chat.send(admin(), "match eng");
        assertThat(chat.send(admin(), "program close eng").fallback()).contains("Closed Engineering mentoring",
                "closing feedback polls went to 1 pair");
        assertThat(chat.last(ed, Message.Kind.POLL)).isNotNull();
        assertThat(chat.last(ed, Message.Kind.NOTICE).fallback()).contains("has come to an end");
        assertThat(pairings(ENG)).hasSize(1);
        assertThat(chat.send(ana, "join eng").fallback()).contains("not taking new people");
    }

    private List<Pairing> pairings(ProgramSlug slug) {
        return chat.registry.stores(slug).pairings().all();
    }

    private void joinAs(Actor who, ProgramSlug program, String role, int level) {
        Map<String, String> answers = role.equals("mentor")
                ? Map.of("role", "mentor", "skillsOffered", "leadership, go", "capacity", "1", "level", String.valueOf(level))
                : Map.of("role", "mentee", "skillsWanted", "leadership, go", "level", String.valueOf(level));
        assertThat(chat.join(who, "join " + program.value(), answers).fallback()).contains("Welcome");
    }

    private static Program withAdmins(Program p, Actor... admins) {
        return new Program(p.slug(), p.name(), p.objectives(), p.kind(), p.matching(), p.matchingCron(), p.rhythm(),
                p.startsAt(), p.endsAt(), p.enrolmentOpen(), Set.of(java.util.Arrays.stream(admins).map(Actor::id)
                .toArray(org.mentorbot.core.people.ParticipantId[]::new)), p.channel(), p.requestTimeout(),
                p.baselineAnnualTurnover(), p.rules(), p.weights(), p.resources(), p.closedAt());
    }
}
