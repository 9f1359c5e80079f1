package org.mentorbot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.admin.CountsFromRecords;
import org.mentorbot.core.admin.ProgramCounts;
import org.mentorbot.core.admin.StatsFlow;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The counters kept by the Redis scripts against the numbers counted from the records, after every
 * step of a long random run of every change the stores make: saving, pausing and leaving people,
 * creating, pausing, ending and erasing pairings, storing, answering and erasing check-ins, polls and
 * responses.
 */
class RedisCountersIT {

    @RegisterExtension
    static final RedisNamespaces REDIS = new RedisNamespaces();

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final int PEOPLE = 24;
    private static final long SEED = 20261129L;

    @Test
    void countersMatchTheRecordsAfterEveryChange() {
        Stores stores = REDIS.newStores().forProgram(ProgramSlug.DEFAULT);
        CountsFromRecords records = new CountsFromRecords(stores.participants(), stores.pairings(), stores.checkIns(),
                stores.feedback());
        Random random = new Random(SEED);
        Run run = new Run(stores, random);

        for (int step = 0; step < 600; step++) {
            String change = run.step();
            assertThat(stores.counters().counts()).as("after step %d, %s", step, change).isEqualTo(records.counts());
        }

        ProgramCounts end = stores.counters().counts();
        assertThat(end.mentors() + end.waiting() + end.checkInsAnswered() + end.responses()).as("the run counted something")
                .isPositive();
        Copy copy = Copy.english();
        assertThat(new StatsFlow(stores.counters(), stores.pairings(), copy).stats())
                .isEqualTo(new StatsFlow(stores.participants(), stores.pairings(), stores.checkIns(), stores.feedback(), copy).stats());
    }

    @Test
    void eachProgramHasItsOwnCounters() {
        RedisStores redis = REDIS.newStores();
        Stores eng = redis.forProgram(new ProgramSlug("eng"));
        eng.participants().save(person("ada", Role.BOTH, ParticipantStatus.ACTIVE));

        assertThat(eng.counters().counts()).isEqualTo(new ProgramCounts(1, 1, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(redis.forProgram(ProgramSlug.DEFAULT).counters().counts()).isEqualTo(ProgramCounts.NONE);
    }

    @Test
    void countersAreBuiltOnceFromDataWrittenBeforeThem() {
        String prefix = REDIS.newPrefix();
        RedisStores first = new RedisStores(REDIS.jedis(), prefix);
        assertThat(first.countersBuilt()).as("a new store is counted from nothing").isTrue();
        first.programs().save(Program.named(new ProgramSlug("eng"), "Engineering"));
        for (ProgramSlug program : List.of(ProgramSlug.DEFAULT, new ProgramSlug("eng"))) {
            Run run = new Run(first.forProgram(program), new Random(SEED + program.value().length()));
            for (int step = 0; step < 150; step++) {
                run.step();
            }
        }
        List<ProgramCounts> kept = List.of(first.forProgram(ProgramSlug.DEFAULT).counters().counts(),
                first.forProgram(new ProgramSlug("eng")).counters().counts());
        REDIS.jedis().del(prefix + "counters", prefix + "v1:stats", prefix + "p:eng:stats");

        RedisStores upgraded = new RedisStores(REDIS.jedis(), prefix);
        RedisStores again = new RedisStores(REDIS.jedis(), prefix);

        assertThat(upgraded.countersBuilt()).isTrue();
        assertThat(again.countersBuilt()).isFalse();
        assertThat(List.of(again.forProgram(ProgramSlug.DEFAULT).counters().counts(),
                again.forProgram(new ProgramSlug("eng")).counters().counts())).isEqualTo(kept);
        assertThat(REDIS.jedis().get(prefix + "counters")).isEqualTo(RedisCounters.LAYOUT);
    }

    private static Participant person(String id, Role role, ParticipantStatus status) {
        Profile profile = new Profile("Person " + id, role, List.of("go"), List.of("speaking"), "Ship things", "Platform", 5,
                ZoneId.of("Europe/Berlin"), List.of("en"), 2, Cadence.BIWEEKLY);
        return new Participant(new ParticipantId("slack:" + id), profile, status, NOW);
    }

    /** Random changes through the stores' ports, as the flows make them. */
    private static final class Run {
        private final Stores stores;
        private final Random random;
        private final List<PairId> pairs = new ArrayList<>();
        private final List<CheckInId> checkIns = new ArrayList<>();
        private final List<PollId> polls = new ArrayList<>();
        private int next;

        Run(Stores stores, Random random) {
            this.stores = stores;
            this.random = random;
        }

        String step() {
            int dice = random.nextInt(12);
            return switch (dice) {
                case 0, 1 -> savePerson();
                case 2 -> {
                    stores.participants().delete(someone());
                    yield "delete a person";
                }
                case 3 -> createPairing();
                case 4, 5, 6 -> changePairing();
                case 7 -> saveCheckIn();
                case 8 -> answerCheckIn();
                case 9 -> savePoll();
                case 10 -> respond();
                default -> erase();
            };
        }

        private String savePerson() {
            Role role = Role.values()[random.nextInt(3)];
            ParticipantStatus status = ParticipantStatus.values()[random.nextInt(3)];
            stores.participants().save(person("u" + random.nextInt(PEOPLE), role, status));
            return "save a person " + role + " " + status;
        }

        private String createPairing() {
            ParticipantId mentor = someone();
            ParticipantId mentee = someone();
            if (mentor.equals(mentee)) {
                return "nothing";
            }
            PairId id = new PairId("pair-" + next++);
            PairingStatus status = random.nextInt(5) == 0 ? PairingStatus.PAUSED : PairingStatus.ACTIVE;
            var outcome = stores.pairings().create(new Pairing(id, mentor, mentee, status, NOW, 10, List.of(),
                    Duration.ofDays(14), NOW, NOW, 0, false, null), 2);
            pairs.add(id);
            return "create a pairing: " + outcome;
        }

        private String changePairing() {
            if (pairs.isEmpty()) {
                return "nothing";
            }
            PairId id = pairs.get(random.nextInt(pairs.size()));
            return stores.pairings().find(id).map(current -> {
                Pairing updated = switch (random.nextInt(4)) {
                    case 0 -> current.status() == PairingStatus.ENDED ? current : current.withStatus(PairingStatus.PAUSED);
                    case 1 -> current.status() == PairingStatus.ENDED ? current : current.withStatus(PairingStatus.ACTIVE);
                    case 2 -> current.status() == PairingStatus.ENDED ? current
                            : current.ended(new Pairing.Ending(NOW, current.mentee(), "left"));
                    default -> current.withoutPerson(current.mentee(), new ParticipantId("erased:" + next++));
                };
                stores.pairings().replace(current, updated);
                return "change a pairing to " + updated.status();
            }).orElse("nothing");
        }

        private String saveCheckIn() {
            if (pairs.isEmpty()) {
                return "nothing";
            }
            CheckInId id = random.nextInt(4) == 0 && !checkIns.isEmpty() ? checkIns.get(random.nextInt(checkIns.size()))
                    : new CheckInId("checkin-" + next++);
            CheckIn.Answer answer = random.nextBoolean() ? null : answer();
            stores.checkIns().save(new CheckIn(id, pairs.get(random.nextInt(pairs.size())), NOW, answer));
            checkIns.add(id);
            return "save a check-in";
        }

        private String answerCheckIn() {
            CheckInId id = checkIns.isEmpty() || random.nextInt(6) == 0 ? new CheckInId("checkin-none")
                    : checkIns.get(random.nextInt(checkIns.size()));
            stores.checkIns().answer(id, answer());
            return "answer a check-in";
        }

        private CheckIn.Answer answer() {
            return new CheckIn.Answer(CheckInOutcome.values()[random.nextInt(3)], someone(), NOW);
        }

        private String savePoll() {
            if (pairs.isEmpty()) {
                return "nothing";
            }
            PollId id = random.nextInt(4) == 0 && !polls.isEmpty() ? polls.get(random.nextInt(polls.size()))
                    : new PollId("poll-" + next++);
            stores.feedback().savePoll(new Poll(id, pairs.get(random.nextInt(pairs.size())), NOW, random.nextInt(3) == 0));
            polls.add(id);
            return "save a poll";
        }

        private String respond() {
            if (polls.isEmpty()) {
                return "nothing";
            }
            stores.feedback().respond(new FeedbackResponse(polls.get(random.nextInt(polls.size())), someone(),
                    1 + random.nextInt(5), "", NOW));
            return "respond to a poll";
        }

        private String erase() {
            ParticipantId person = someone();
            List<PairId> theirs = stores.pairings().of(person).stream().map(Pairing::id).toList();
            return switch (random.nextInt(2)) {
                case 0 -> {
                    stores.checkIns().reattribute(theirs, person, new ParticipantId("erased:" + next++));
                    yield "reattribute check-ins";
                }
                default -> {
                    stores.feedback().deleteResponsesOf(person);
                    yield "erase responses";
                }
            };
        }

        private ParticipantId someone() {
            return new ParticipantId("slack:u" + random.nextInt(PEOPLE));
        }
    }
}
