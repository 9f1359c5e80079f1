package org.mentorbot.bench.stats;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.bench.InParallel;
import org.mentorbot.core.journey.Goal;
import org.mentorbot.core.journey.GoalStatus;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.Meeting;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.Stores;

/**
 * A large program written through the product's stores, so every key, index and counter is what
 * the bot itself would have written. Participants come in blocks of twenty: six mentors, one of
 * each role {@code both}, thirteen mentees. Pairing {@code k} pairs the {@code k}-th mentee with
 * mentor {@code k} modulo the mentors (capacity 3), introduced up to 180 days before {@code now};
 * with {@code mixed}, one in ten is ended and one in 25 paused. Six pairings in ten have a journey:
 * most with one to three goals (some achieved), up to four meetings held since the introduction.
 *
 * @param now the seeded program's present: introductions lie before it, check-ins and polls after
 */
record ProgramSeed(int participants, int pairings, boolean mixed, Instant now) {

    private static final int BLOCK = 20;
    private static final int MENTORS_PER_BLOCK = 6;
    private static final int MENTEES_PER_BLOCK = 13;
    private static final List<String> SKILLS = List.of("java", "go", "design", "speaking", "leadership", "sql", "testing", "kotlin");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"));

    ProgramSeed {
        if (pairings > (long) participants / BLOCK * MENTEES_PER_BLOCK) {
            throw new IllegalArgumentException(pairings + " pairings need more than " + participants + " participants");
        }
    }

    /** Writes everything with {@code threads} writers, printing progress to {@code out}; answers the journeys written. */
    long writeTo(Stores stores, int threads, PrintStream out) throws Exception {
        long started = System.nanoTime();
        InParallel.each(participants, threads, i -> stores.participants().save(participant(i)));
        out.printf(Locale.ROOT, "  %,d participants in %.1f s%n", participants, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        AtomicLong journeys = new AtomicLong();
        InParallel.each(pairings, threads, k -> {
            Pairing pairing = pairing(k);
            stores.pairings().create(pairing, 3);
            if (mixed && k % 10 == 9) {
                stores.pairings().replace(pairing, pairing.ended(new Pairing.Ending(now.minus(Duration.ofDays(1)), pairing.mentee(),
                        "finished")));
            }
            Journey journey = journey(pairing, k);
            if (!journey.isEmpty() && stores.journeys().replace(Journey.empty(pairing.id()), journey)) {
                journeys.incrementAndGet();
            }
        });
        out.printf(Locale.ROOT, "  %,d pairings and %,d journeys in %.1f s%n", pairings, journeys.get(),
                (System.nanoTime() - started) / 1e9);
        return journeys.get();
    }

    static ParticipantId mentor(int m) {
        return new ParticipantId("slack:U" + ((m / MENTORS_PER_BLOCK) * BLOCK + m % MENTORS_PER_BLOCK));
    }

    static ParticipantId mentee(int k) {
        return new ParticipantId("slack:U" + ((k / MENTEES_PER_BLOCK) * BLOCK + MENTORS_PER_BLOCK + 1 + k % MENTEES_PER_BLOCK));
    }

    private Participant participant(int i) {
        int inBlock = i % BLOCK;
        Role role = inBlock < MENTORS_PER_BLOCK ? Role.MENTOR : inBlock == MENTORS_PER_BLOCK ? Role.BOTH : Role.MENTEE;
        Profile profile = new Profile("Person " + i, role, List.of(SKILLS.get(i % SKILLS.size()), SKILLS.get((i / 7) % SKILLS.size())),
                List.of(SKILLS.get((i / 3) % SKILLS.size())), "Grow as an engineer", "Dept " + (i % 40), 1 + i % 6,
                ZONES.get(i % ZONES.size()), List.of("en"), role == Role.MENTEE ? 0 : 3, Cadence.BIWEEKLY);
        return new Participant(new ParticipantId("slack:U" + i), profile, ParticipantStatus.ACTIVE,
                now.minus(Duration.ofDays(200 + i % 30)));
    }

    private Pairing pairing(int k) {
        int mentors = participants / BLOCK * MENTORS_PER_BLOCK;
        Instant started = now.minus(Duration.ofDays(k % 180)).minusSeconds(k % 86_400);
        Instant next = now.plus(Duration.ofHours(1)).plusSeconds(k % (14 * 86_400));
        PairingStatus status = mixed && k % 25 == 3 ? PairingStatus.PAUSED : PairingStatus.ACTIVE;
        return new Pairing(new PairId("pair-" + k), mentor(k % mentors), mentee(k), status, started, 40, List.of(),
                Duration.ofDays(14), next, next.plus(Duration.ofDays(16)), 0, false, null, 0, 0, next.plus(Duration.ofDays(30)), 0);
    }

    private Journey journey(Pairing pairing, int k) {
        if (k % 10 >= 6) {
            return Journey.empty(pairing.id());
        }
        List<Goal> goals = new ArrayList<>();
        for (int g = 0; k % 4 != 0 && g < 1 + k % 3; g++) {
            GoalStatus status = (k + g) % 5 == 0 ? GoalStatus.ACHIEVED : GoalStatus.IN_PROGRESS;
            goals.add(new Goal("Goal " + (g + 1) + " of pair " + k, "end of quarter", status, pairing.mentee(), pairing.startedAt()));
        }
        Journey journey = Journey.empty(pairing.id()).withGoals(goals);
        LocalDate introduced = LocalDate.ofInstant(pairing.startedAt(), ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int m = 0; m < k % 5; m++) {
            LocalDate held = introduced.plusDays(k % 17 + 14L * m);
            if (!held.isAfter(today)) {
                journey = journey.withMeeting(new Meeting(held, 30 + (k % 4) * 15, List.of(), "Talked about goal " + (m + 1),
                        pairing.mentee(), held.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        }
        return journey;
    }

}
