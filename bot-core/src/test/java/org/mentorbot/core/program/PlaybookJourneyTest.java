package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;
import static org.mentorbot.core.testkit.Conversation.person;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.guidance.PlaybookFlow.PlaybookSummary;
import org.mentorbot.core.guidance.PlaybookProgress;
import org.mentorbot.core.programs.Playbook;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;
import org.mentorbot.core.testkit.Conversation;

/**
 * The playbook reaches each pair at the right ages of their pairing — the first-meeting agenda
 * with the introduction, goal setting after the first check-in, the mid-point review, closing
 * well — once each, also when the bot restarts or two callers fire at once.
 */
class PlaybookJourneyTest {

    static final ProgramSettings RHYTHM = new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3);

    final Stores stores = Stores.inMemory();
    Conversation chat;
    final Actor maya = person("UMAYA", "Maya");
    final Actor ed = person("UED", "Ed");

    @Test
    void theBuiltInStepsArriveAtTheirAgesOnceEvenAfterARestart() {
        start(program(null, Playbook.DEFAULT));
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).fallback()).contains("Your first meeting: Here is a simple agenda");
        Instant introduced = chat.clock.instant();

        assertThat(tick(Duration.ofHours(1))).isEqualTo(0);
        assertThat(tickAt(introduced.plus(Duration.ofDays(8)).minusSeconds(60))).isEqualTo(0);
        assertThat(tickAt(introduced.plus(Duration.ofDays(8)))).isEqualTo(1);
        assertThat(guidance(ed)).containsExactly("Time to set goals");
        assertThat(guidance(maya)).containsExactly("Time to set goals");
        assertThat(tick(Duration.ofMinutes(5))).isEqualTo(0);

        chat = new Conversation(stores, List.of(program(null, Playbook.DEFAULT)));
        chat.clock.set(introduced.plus(Duration.ofDays(8)).plusSeconds(600));
        assertThat(tick(Duration.ZERO)).as("a restart sends nothing twice").isEqualTo(0);

        assertThat(tickAt(introduced.plus(Duration.ofDays(90)))).isEqualTo(1);
        assertThat(tickAt(introduced.plus(Duration.ofDays(180)))).isEqualTo(1);
        assertThat(tickAt(introduced.plus(Duration.ofDays(400)))).isEqualTo(0);
        assertThat(guidance(ed)).containsExactly("Half-way: a mid-point review", "Closing well");
    }

    @Test
    void aProgramWithAnEndHasItsMidPointHalfWayAndClosesTwoWeeksBeforeTheEnd() {
        Instant end = Conversation.MONDAY_MORNING.plus(Duration.ofDays(100));
        start(program(end, Playbook.DEFAULT));
        Instant introduced = chat.clock.instant();
        tickAt(introduced.plus(Duration.ofDays(8)));
        assertThat(tickAt(introduced.plus(Duration.ofDays(50)).minusSeconds(1))).isEqualTo(0);
        assertThat(tickAt(introduced.plus(Duration.ofDays(50)))).isEqualTo(1);
        assertThat(tickAt(end.minus(Duration.ofDays(14)))).isEqualTo(1);
        assertThat(guidance(maya)).containsExactly("Time to set goals", "Half-way: a mid-point review", "Closing well");
    }

    @Test
    void aPairThatWasAwayGetsOnlyTheLatestStep() {
        start(program(null, Playbook.DEFAULT));
        assertThat(tickAt(chat.clock.instant().plus(Duration.ofDays(100)))).isEqualTo(1);
        assertThat(tick(Duration.ofMinutes(1))).isEqualTo(0);
        assertThat(guidance(ed)).containsExactly("Half-way: a mid-point review");
    }

    @Test
    void aStepClaimedByAnotherNodeIsSentByNobodyElseUntilItsLeaseRunsOut() {
        start(program(null, Playbook.DEFAULT));
        var pair = stores.pairings().all().get(0).id();
        chat.clock.set(chat.clock.instant().plus(Duration.ofDays(8)));
        assertThat(stores.playbooks().replace(null, new PlaybookProgress(pair, 1, chat.clock.instant().plusSeconds(60)))).isTrue();
        assertThat(tick(Duration.ZERO)).isEqualTo(0);
        assertThat(tick(Duration.ofSeconds(61))).as("the other node died: the lease ran out").isEqualTo(1);
        assertThat(tick(Duration.ofSeconds(1))).isEqualTo(0);
    }

    @Test
    void aProgramMaySwitchThePlaybookOffOrReplaceIt() {
        start(program(null, Playbook.OFF));
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).fallback()).doesNotContain("Your first meeting");
        assertThat(tickAt(chat.clock.instant().plus(Duration.ofDays(200)))).isEqualTo(0);

        chat = null;
        Stores fresh = Stores.inMemory();
        Program own = program(null, Playbook.of(List.of(new Playbook.Step(Duration.ZERO, "Welcome", "Say hello."),
                new Playbook.Step(Duration.ofDays(3), "Book it", "Put your meetings in the calendar."))));
        chat = new Conversation(fresh, List.of(own));
        pair();
        assertThat(chat.last(ed, Message.Kind.INTRODUCTION).fallback()).contains("Welcome: Say hello.").doesNotContain("simple agenda");
        assertThat(chat.program.playbook().sendDue(chat.clock.instant().plus(Duration.ofDays(3)), ProgramEnd.NEVER, Runnable::run).sent())
                .isEqualTo(1);
        assertThat(chat.last(ed, Message.Kind.GUIDANCE).fallback()).contains("Book it", "Put your meetings in the calendar.");
    }

    @Test
    void aPairWhosePlaybookWasOverGetsTheStepsOfANewOne() {
        start(program(null, Playbook.OFF));
        Instant later = chat.clock.instant().plus(Duration.ofDays(200));
        assertThat(tickAt(later)).isEqualTo(0);
        Program replaced = program(null, Playbook.of(List.of(new Playbook.Step(Duration.ofDays(100), "Keep going", "Plan the next quarter."))));

        chat.registry.store().save(replaced);

        assertThat(chat.registry.flows(replaced).playbook().sendDue(later.plusSeconds(1), ProgramEnd.NEVER, Runnable::run).sent())
                .isEqualTo(1);
        assertThat(chat.last(ed, Message.Kind.GUIDANCE).fallback()).contains("Keep going");
    }

    @Test
    void nothingIsSentOnceTheProgramHasEnded() {
        start(program(null, Playbook.DEFAULT));
        Instant later = chat.clock.instant().plus(Duration.ofDays(9));
        PlaybookSummary summary = chat.program.playbook().sendDue(later, ProgramEnd.at(later.minusSeconds(1)), Runnable::run);
        assertThat(summary).isEqualTo(PlaybookSummary.NONE);
    }

    private void start(Program program) {
        chat = new Conversation(stores, List.of(program));
        pair();
    }

    private void pair() {
        chat.join(maya, Map.of("role", "mentor", "skillsOffered", "go", "capacity", "1", "level", "6"));
        chat.join(ed, Map.of("role", "mentee", "skillsWanted", "go", "level", "2"));
        assertThat(chat.send(admin(), "match").fallback()).contains("1 new pair");
    }

    private int tick(Duration after) {
        return tickAt(chat.clock.instant().plus(after));
    }

    private int tickAt(Instant at) {
        chat.clock.set(at);
        return chat.program.playbook().sendDue(at, ProgramEnd.NEVER, Runnable::run).sent();
    }

    private List<String> guidance(Actor who) {
        return chat.messenger.inbox(who.id(), Message.Kind.GUIDANCE).stream()
                .map(m -> m.content().fallback().lines().findFirst().orElse("")).toList();
    }

    private static Program program(Instant endsAt, Playbook playbook) {
        Program p = Program.named(ProgramSlug.DEFAULT, "Mentoring program");
        return new Program(p.slug(), p.name(), "", null, null, "", RHYTHM, null, endsAt, true, Set.of(), "", null, null, null, null,
                List.of(), null, playbook);
    }
}
