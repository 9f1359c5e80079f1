package org.mentorbot.app.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.memory.InMemoryProgramStore;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.MatchingWarmUp;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.programs.ProgramStore;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MatchingWarmUpStartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final MatchingWarmUp.Result DONE = new MatchingWarmUp.Result(5, 12_000, "Matching preview: 6 pairs, 0 waiting",
            Duration.ofMillis(1234));

    private final ProgramStore programs = new InMemoryProgramStore();
    private final ProgramRegistry.StoreSpace memory = Stores.inMemory().inMemorySpace();
    private final Set<ProgramSlug> unreachable = new HashSet<>();
    private final ProgramRegistry.StoreSpace space = slug -> unreachable.contains(slug) ? withoutCounters(memory.of(slug)) : memory.of(slug);
    private final ProgramRegistry registry = ProgramAssembly.registry(programs, space, message -> {
        throw new AssertionError("nothing is sent");
    }, new Admins(Set.of()), CLOCK, IdGenerator.random(), new Copy(Locale.ENGLISH));

    @Test
    void theOpenProgramWithTheMostWaitingMenteesIsWarmedUpFor() {
        Program engineering = program("engineering", 8, 2);
        program("sales", 5, 1);
        programs.save(program("leaders", 20, 5).closed(CLOCK.instant()));

        assertThat(start(6).worthWarmingUp()).contains(new MatchingWarmUpStart.Sized(engineering, 8));
    }

    @Test
    void menteesWhoHaveAMentorDoNotCountAsTheyAreNotMatchedAgain() {
        Program engineering = program("engineering", 8, 2);
        Stores stores = memory.of(engineering.slug());
        List<Participant> people = stores.participants().all();
        Participant mentor = people.stream().filter(p -> p.profile().role().mentors()).findFirst().orElseThrow();
        Instant later = CLOCK.instant().plus(Duration.ofDays(7));
        people.stream().filter(p -> !p.profile().role().mentors()).limit(3).forEach(mentee -> stores.pairings().create(
                new Pairing(new PairId("pair-" + mentee.id().value()), mentor.id(), mentee.id(), PairingStatus.ACTIVE, CLOCK.instant(), 50,
                        List.of(), Duration.ofDays(14), later, later, 0, false, null), 5));

        assertThat(start(6).worthWarmingUp()).isEmpty();
        assertThat(start(5).worthWarmingUp()).contains(new MatchingWarmUpStart.Sized(engineering, 5));
    }

    @Test
    void programsWithFewerWaitingMenteesThanTheSettingAreNotWarmedUpFor() {
        program("engineering", 8, 2);

        assertThat(start(9).worthWarmingUp()).isEmpty();
        assertThat(start(9).start()).isEmpty();
    }

    @Test
    void zeroTurnsTheWarmUpOff() {
        program("engineering", 8, 2);

        assertThat(start(0).worthWarmingUp()).isEmpty();
    }

    @Test
    void aProgramWhoseStoreCannotAnswerIsLeftOutAndTheOthersStillCount(CapturedOutput log) {
        program("engineering", 8, 2);
        Program sales = program("sales", 5, 1);
        unreachable.add(new ProgramSlug("engineering"));

        assertThat(start(1).worthWarmingUp()).contains(new MatchingWarmUpStart.Sized(sales, 5));
        assertThat(log).contains("Not counting program engineering for the matching warm-up: Redis is unavailable");
    }

    @Test
    void theWarmUpRunsOnADaemonThreadOfItsOwnAndSaysWhatItDid(CapturedOutput log) throws InterruptedException {
        program("engineering", 8, 2);
        AtomicReference<Thread> ranOn = new AtomicReference<>();

        Thread thread = start(8, () -> {
            ranOn.set(Thread.currentThread());
            return DONE;
        }).start().orElseThrow();
        thread.join(10_000);

        assertThat(ranOn.get()).isSameAs(thread);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("matching-warm-up");
        assertThat(log).contains("Warming up matching: program engineering has 8 mentees waiting (MENTORBOT_MATCHING_WARM_UP_FROM=8)")
                .contains("Warmed up matching in 1234 ms: 5 previews of 12000 sample people (Matching preview: 6 pairs, 0 waiting)");
    }

    @Test
    void aWarmUpThatFailsIsLoggedAndStopsNothing(CapturedOutput log) throws InterruptedException {
        program("engineering", 8, 2);

        Thread thread = start(1, () -> {
            throw new IllegalStateException("sample broke");
        }).start().orElseThrow();
        thread.join(10_000);

        assertThat(thread.isAlive()).isFalse();
        assertThat(log).contains("Warming up matching failed; the first preview will be slower: java.lang.IllegalStateException: sample broke")
                .doesNotContain("Exception in thread");
    }

    private MatchingWarmUpStart start(int from) {
        return start(from, () -> DONE);
    }

    private MatchingWarmUpStart start(int from, Supplier<MatchingWarmUp.Result> warmUp) {
        return new MatchingWarmUpStart(from, registry, space, warmUp);
    }

    /** A program whose store holds {@code mentees} mentees, all waiting, and {@code mentors} mentors. */
    private Program program(String slug, int mentees, int mentors) {
        Program program = Program.named(new ProgramSlug(slug), slug);
        programs.save(program);
        new RosterGenerator(slug.hashCode()).generate(mentees, mentors).forEach(memory.of(program.slug()).participants()::save);
        return program;
    }

    private static Stores withoutCounters(Stores stores) {
        return new Stores(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(), stores.addresses(),
                stores.journeys(), stores.playbooks(), stores.recognition(), stores.waitlist(), stores.requests(), stores.leavers(),
                () -> {
                    throw new StoreUnavailableException("Redis is unavailable while counting", null);
                }, stores.surveys());
    }
}
