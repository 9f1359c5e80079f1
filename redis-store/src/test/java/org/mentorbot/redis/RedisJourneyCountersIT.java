package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.journey.Goal;
import org.mentorbot.core.journey.GoalStatus;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyStats;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.journey.Milestone;
import org.mentorbot.core.journey.Reflection;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The journey numbers the Redis scripts keep, against a recount of the journeys, after every step
 * of a random run of journey changes in two programs (goals set and achieved, meetings logged in
 * any order, reflections, erasure of a partner, pairings ended); then the numbers
 * built at start-up from the same records equal the ones kept live.
 */
class RedisJourneyCountersIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final long SEED = 20261130L;
    private static final List<ProgramSlug> PROGRAMS = List.of(ProgramSlug.DEFAULT, new ProgramSlug("eng"));

    @Test
    void theNumbersKeptLiveEqualARecountAndTheNumbersBuiltAtStartUp() {
        String prefix = REDIS.newPrefix();
        RedisStores live = new RedisStores(REDIS.jedis(), prefix);
        live.programs().save(Program.named(new ProgramSlug("eng"), "Engineering"));
        List<JourneyStats> kept = new ArrayList<>();
        for (ProgramSlug program : PROGRAMS) {
            Stores stores = live.forProgram(program);
            Run run = new Run(stores, new Random(SEED + program.value().length()));
            for (int step = 0; step < 300; step++) {
                String change = run.step();
                assertThat(stores.journeys().stats()).as("%s after step %d, %s", program, step, change).isEqualTo(recount(stores));
            }
            assertThat(stores.journeys().stats().pairsThatMet()).as("the run met").isPositive();
            kept.add(stores.journeys().stats());
        }

        REDIS.jedis().set(prefix + "counters", "1");
        RedisStores upgraded = new RedisStores(REDIS.jedis(), prefix);
        RedisStores again = new RedisStores(REDIS.jedis(), prefix);

        assertThat(upgraded.countersBuilt()).as("counters of layout 1 are built again, once").isTrue();
        assertThat(again.countersBuilt()).isFalse();
        assertThat(PROGRAMS.stream().map(p -> again.forProgram(p).journeys().stats()).toList()).isEqualTo(kept);
    }

    private static JourneyStats recount(Stores stores) {
        return JourneyStats.counted(stores.journeys().all(), pair -> stores.pairings().find(pair).map(JourneyStats::introducedOn));
    }

    /** Random journey changes through the stores' ports, as the flows make them. */
    private static final class Run {
        private final Stores stores;
        private final Random random;
        private final List<PairId> pairs = new ArrayList<>();
        private int next;

        Run(Stores stores, Random random) {
            this.stores = stores;
            this.random = random;
        }

        String step() {
            if (pairs.isEmpty() || random.nextInt(8) == 0) {
                return introduce();
            }
            PairId pair = pairs.get(random.nextInt(pairs.size()));
            Journey current = stores.journeys().of(pair);
            return switch (random.nextInt(7)) {
                case 0 -> change(current, current.withGoals(goals(random.nextInt(Journey.MAX_GOALS + 1))), "set goals");
                case 1 -> change(current, current.withGoals(current.goals().stream().map(g -> new Goal(g.what(), g.byWhen(),
                        GoalStatus.values()[random.nextInt(GoalStatus.values().length)], g.author(), NOW)).toList()), "goal statuses");
                case 2, 3 -> change(current, current.withMeeting(meeting(pair)), "log a meeting");
                case 4 -> change(current, current.withReflection(new Reflection(Milestone.MIDPOINT_REVIEW, mentee(pair), "Useful", NOW)),
                        "reflect");
                case 5 -> change(current, current.withoutPerson(mentee(pair), new ParticipantId("erased:" + next++), words -> "someone"),
                        "erase the mentee");
                default -> {
                    Pairing pairing = stores.pairings().find(pair).orElseThrow();
                    stores.pairings().replace(pairing, pairing.status() == PairingStatus.ENDED ? pairing
                            : pairing.ended(new Pairing.Ending(NOW, pairing.mentee(), "left")));
                    yield "end the pairing";
                }
            };
        }

        private String introduce() {
            PairId id = new PairId("pair-" + next++);
            Instant started = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
            stores.pairings().create(new Pairing(id, new ParticipantId("slack:mentor" + id.value()), mentee(id),
                    PairingStatus.ACTIVE, started, 10, List.of(), Duration.ofDays(14), NOW, NOW, 0, false, null), 3);
            pairs.add(id);
            return "introduce a pair";
        }

        private String change(Journey current, Journey updated, String what) {
            boolean stale = random.nextInt(10) == 0;
            boolean replaced = stores.journeys().replace(stale ? current.withMeeting(meeting(current.pair())) : current, updated);
            return what + (replaced ? "" : " (refused)");
        }

        private List<Goal> goals(int n) {
            List<Goal> goals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                goals.add(new Goal("Goal " + i, "", GoalStatus.values()[random.nextInt(GoalStatus.values().length)],
                        new ParticipantId("slack:someone"), NOW));
            }
            return goals;
        }

        private Meeting meeting(PairId pair) {
            LocalDate introduced = LocalDate.ofInstant(stores.pairings().find(pair).orElseThrow().startedAt(), ZoneOffset.UTC);
            return new Meeting(introduced.plusDays(random.nextInt(40) - 2), 15 + random.nextInt(90), List.of(), "notes",
                    mentee(pair), NOW);
        }

        private static ParticipantId mentee(PairId pair) {
            return new ParticipantId("slack:mentee" + pair.value());
        }
    }
}
