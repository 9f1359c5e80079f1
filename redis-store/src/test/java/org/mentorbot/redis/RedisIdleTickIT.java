package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.pairing.DueIndex;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.DueKind;
import org.mentorbot.core.program.DueWatch;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.testkit.RecordingMessenger;

/**
 * What the scheduler's tick costs in Redis with three programs of pairs, none due, counted on the bot's own
 * connection: one command a tick (one script), however many programs and pairs; a tick after a program changed
 * reads the programs again, and the tick after it costs one command again.
 */
class RedisIdleTickIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<ProgramSlug> PROGRAMS = List.of(ProgramSlug.DEFAULT, new ProgramSlug("eng"), new ProgramSlug("sales"));

    private final CountedRedis redis = new CountedRedis(REDIS.url());
    private RedisStores stores;

    @BeforeEach
    void newStores() {
        stores = new RedisStores(redis.client(), REDIS.newPrefix());
    }

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void anIdleTickIsOneCommandWhateverThePrograms() {
        DueWatch watch = watchOverPairsDueLater();
        assertThat(watch.dueAt(NOW)).isEmpty();

        for (int tick = 1; tick <= 20; tick++) {
            long before = redis.total();
            assertThat(watch.dueAt(NOW.plusSeconds(tick))).isEmpty();
            assertThat(redis.total() - before).as("commands of tick " + tick).isEqualTo(1);
        }
    }

    @Test
    void aTickAfterAProgramChangedReadsThemOnceAndTheNextIsIdleAgain() {
        DueWatch watch = watchOverPairsDueLater();
        assertThat(watch.dueAt(NOW)).isEmpty();

        stores.programs().save(Program.named(new ProgramSlug("ops"), "Operations"));
        long before = redis.total();
        assertThat(watch.dueAt(NOW)).isEmpty();
        assertThat(redis.total() - before).as("the look, the programs, the look over them").isGreaterThan(2);

        before = redis.total();
        assertThat(watch.dueAt(NOW)).isEmpty();
        assertThat(redis.total() - before).isEqualTo(1);
    }

    @Test
    void aPairFallingDueIsFoundByTheNextTick() {
        DueWatch watch = watchOverPairsDueLater();
        assertThat(watch.dueAt(NOW)).isEmpty();

        Pairing pairing = stores.forProgram(PROGRAMS.get(1)).pairings().find(new PairId("pair-eng-0")).orElseThrow();
        stores.forProgram(PROGRAMS.get(1)).pairings().replace(pairing, pairing.withMilestoneDueAt(NOW));

        assertThat(watch.dueAt(NOW)).isEqualTo(Set.of(DueKind.MILESTONE));
    }

    /** Three programs of ten pairs each, nothing due before tomorrow, and the scheduler's watch over them. */
    private DueWatch watchOverPairsDueLater() {
        for (ProgramSlug program : PROGRAMS) {
            stores.programs().save(Program.named(program, "Program " + program.value()));
            for (int i = 0; i < 10; i++) {
                Instant later = NOW.plus(Duration.ofDays(1));
                Pairing pairing = new Pairing(new PairId("pair-" + program.value() + "-" + i), new ParticipantId("slack:UMENTOR" + i),
                        new ParticipantId("slack:UMENTEE" + i), PairingStatus.ACTIVE, NOW.minus(Duration.ofDays(7)), 10, List.of(),
                        Duration.ofDays(14), later, later, 0, false, null).withMilestoneDueAt(later);
                stores.forProgram(program).pairings().create(pairing, 10);
                stores.forProgram(program).pairings().scheduleLook(pairing.id(), DueIndex.PLAYBOOK, later);
            }
        }
        AtomicLong ids = new AtomicLong();
        ProgramRegistry registry = ProgramAssembly.registry(stores.programs(), stores::forProgram, new RecordingMessenger(),
                new Admins(Set.of()), Clock.fixed(NOW, ZoneOffset.UTC), kind -> kind + "-" + ids.incrementAndGet(), Copy.english());
        return new DueWatch(registry, stores.dueLookout());
    }
}
