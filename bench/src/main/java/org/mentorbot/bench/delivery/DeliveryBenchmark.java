package org.mentorbot.bench.delivery;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorbot.core.checkin.CheckInFlow;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.program.MentorBot;
import org.mentorbot.core.program.ProgramAssembly;
import org.mentorbot.core.program.ProgramFlows;
import org.mentorbot.core.program.Stores;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * How fast a large round of due nudges goes out: {@code pairs} active pairs all due at once,
 * delivered through the scheduler's entry ({@code CheckInFlow.sendDue(now, end, pool)}, called again
 * as the next ticks do until a call finds nothing left, as each takes at most a round's most) to a
 * rate-limited fake platform that allows {@code rate} messages a second. Reports throughput as a share
 * of the allowed rate (the platform, not the bot, should set the pace) and the JVM heap used.
 *
 * <p>Arguments (all optional): pairs (10000), rate per second (500), platform latency in ms (10),
 * delivery concurrency (16).
 */
public final class DeliveryBenchmark {

    private DeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = arg(args, 0, 10_000);
        int rate = arg(args, 1, 500);
        Duration latency = Duration.ofMillis(arg(args, 2, 10));
        int concurrency = arg(args, 3, 16);
        Instant due = Instant.parse("2026-03-02T10:00:00Z");
        try (RateLimitedPlatform platform = new RateLimitedPlatform(rate, latency)) {
            Stores stores = Stores.inMemory();
            seed(stores, pairs, due);
            CheckInFlow checkIns = program(stores, platform).checkIns();
            ExecutorService pool = Executors.newFixedThreadPool(concurrency);
            long started = System.nanoTime();
            CheckInFlow.NudgeSummary summary = CheckInFlow.NudgeSummary.NONE;
            int rounds = 0;
            for (CheckInFlow.NudgeSummary round = checkIns.sendDue(due, ProgramEnd.NEVER, pool);
                 !round.equals(CheckInFlow.NudgeSummary.NONE); round = checkIns.sendDue(due, ProgramEnd.NEVER, pool)) {
                summary = summary.plus(round);
                rounds++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            double throughput = summary.sent() / seconds;
            System.out.printf(Locale.ROOT, "pairs=%d sent=%d failed=%d in %.1f s (%d rounds); platform limit %d/s, latency %d ms, "
                            + "concurrency %d%nthroughput %.0f msg/s = %.1f %% of the allowed rate (429s answered: %d)%n"
                            + "heap: peak %d MB, after the round %d MB (max %d MB)%n",
                    pairs, summary.sent(), summary.failed(), seconds, rounds, rate, latency.toMillis(), concurrency,
                    throughput, 100 * throughput / rate, platform.throttled(), peakHeapMb(), usedHeapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static ProgramFlows program(Stores stores, RateLimitedPlatform platform) {
        AtomicLong ids = new AtomicLong();
        ProgramSettings settings = new ProgramSettings(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(30), false, 3);
        return ProgramAssembly.program(stores, platform.messenger(), new Admins(Set.of()), settings, new Matcher(),
                kind -> kind + "-" + ids.incrementAndGet(), new Copy(Locale.ENGLISH), java.time.Clock.systemUTC());
    }

    private static void seed(Stores stores, int pairs, Instant due) {
        for (int i = 0; i < pairs; i++) {
            ParticipantId mentor = person(stores, "mentor-" + i, due);
            ParticipantId mentee = person(stores, "mentee-" + i, due);
            stores.pairings().create(new Pairing(new PairId("pair-" + i), mentor, mentee, PairingStatus.ACTIVE, due, 1,
                    List.of(), Duration.ofDays(14), due, null, 0, false, null), 1);
        }
    }

    private static ParticipantId person(Stores stores, String name, Instant joined) {
        ParticipantId id = new ParticipantId("bench:" + name);
        Profile profile = new Profile(name, Role.BOTH, List.of("go"), List.of("go"), "", "", 3, ZoneId.of("UTC"),
                List.of("en"), 1, Cadence.PROGRAM);
        stores.participants().save(new Participant(id, profile, ParticipantStatus.ACTIVE, joined));
        return id;
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum() >> 20;
    }

    private static long usedHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
