package org.mentorbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.matching.MatchPlan;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingInput;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.matching.solver.BipartiteProblem;
import org.mentorbot.core.matching.solver.MatchingSolver;
import org.mentorbot.core.matching.solver.SolvedMatching;
import org.mentorbot.bench.stats.BotMemoryBenchmark;
import org.mentorbot.bench.stats.ParticipantReadBenchmark;
import org.mentorbot.bench.stats.PreviewBenchmark;
import org.mentorbot.bench.stats.StatsBenchmark;
import org.mentorbot.core.matching.sample.RosterGenerator;
import org.mentorbot.core.people.Participant;

/**
 * Times the matcher on generated rosters: 1,000 mentees × 200 mentors, 10,000 × 2,000 and
 * 50,000 × 10,000 with every pair scored, and 50,000 × 10,000 from an edge list of 50 candidate
 * mentors per mentee. {@code --case preview100k} (not part of {@code all}) times the matcher part of
 * a {@code match preview} over 100,000 participants, 83,334 mentees and 16,666 mentors.
 * Prints wall time, peak heap, pairs matched, total score and whether optimality was proven, and
 * for the matcher's cases how many solver rounds it took and the time of its three phases: the
 * survey of each mentee's best pairs, the solver, and pricing every pair against its prices.
 *
 * <pre>java -Xmx1g -jar bench/target/mentorbot-bench.jar [--case small|dense|dense50k|edges|all|preview100k] [--repeat N] [--seed N] [--write DIR]</pre>
 *
 * The first run of each case in a fresh JVM includes JIT warm-up, as a one-off command would;
 * {@code --repeat} shows the warm runs after it.
 * {@code --write DIR} also writes each case's ROSTER.json (and EDGES.csv) so the offline
 * command can be timed end to end. {@code --case stats1m} runs {@link StatsBenchmark},
 * {@code --case botrss} {@link BotMemoryBenchmark}, {@code --case preview100k-bot}
 * {@link PreviewBenchmark} and {@code --case read100k} {@link ParticipantReadBenchmark}, all on a real Redis, with their own options;
 * {@code --case paired} runs {@link PairedBenchmark}, this build against another side by side.
 */
public final class MatchingBenchmark {

    private static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 1, 15);

    private final PrintStream out;
    private final long seed;
    private final Path writeTo;

    private MatchingBenchmark(PrintStream out, long seed, Path writeTo) {
        this.out = out;
        this.seed = seed;
        this.writeTo = writeTo;
    }

    /** A benchmark's own entry point, given all the arguments. */
    private interface Entry {
        void main(String[] args) throws Exception;
    }

    /** The cases other classes run, with their own options. */
    private static final Map<String, Entry> OTHER_CASES = Map.of(
            "stats1m", StatsBenchmark::main,
            "botrss", BotMemoryBenchmark::main,
            "preview100k-bot", PreviewBenchmark::main,
            "read100k", ParticipantReadBenchmark::main,
            "paired", PairedBenchmark::main);

    public static void main(String[] args) throws Exception {
        String which = option(args, "--case", "all");
        Entry other = OTHER_CASES.get(which);
        if (other != null) {
            other.main(args);
            return;
        }
        long seed = Long.parseLong(option(args, "--seed", "42"));
        String dir = option(args, "--write", null);
        int repeat = Integer.parseInt(option(args, "--repeat", "1"));
        MatchingBenchmark bench = new MatchingBenchmark(System.out, seed, dir == null ? null : Files.createDirectories(Path.of(dir)));
        System.out.printf("max heap %d MiB, %d processors%n", HeapPeak.maxHeap() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-26s %9s %9s %8s %8s %14s %8s %12s %8s %7s %10s %10s %11s%n", "case", "mentees", "seats", "wall_ms",
                "cpu_ms", "peak_heap_MiB", "matched", "total_score", "optimal", "rounds", "survey_ms", "solver_ms", "pricing_ms");
        for (int run = 0; run < repeat; run++) {
            if (which.equals("all") || which.equals("small")) {
                bench.scored("scored 1000x200", 1_000, 200);
            }
            if (which.equals("all") || which.equals("dense")) {
                bench.scored("scored 10000x2000", 10_000, 2_000);
            }
            if (which.equals("all") || which.equals("dense50k")) {
                bench.scored("scored 50000x10000", 50_000, 10_000);
            }
            if (which.equals("preview100k")) {
                bench.scored("scored 83334x16666", 83_334, 16_666);
            }
            if (which.equals("all") || which.equals("edges")) {
                bench.edges("edges 50000x10000 k=50", 50_000, 10_000, 50);
            }
        }
    }

    /** The value after {@code name} in {@code args}, or {@code fallback}. */
    static String option(String[] args, String name, String fallback) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return args[k + 1];
            }
        }
        return fallback;
    }

    private void scored(String name, int mentees, int mentors) throws IOException {
        List<Participant> people = new RosterGenerator(seed).generate(mentees, mentors);
        if (writeTo != null) {
            RosterFiles.writeRoster(writeTo.resolve("roster-" + mentees + "x" + mentors + ".json"), people);
        }
        MatchingInput input = new MatchingInput(people, Map.of(), Set.of(), Set.of());
        long seats = people.stream().mapToLong(p -> p.profile().mentorCapacity()).sum();
        HeapPeak.reset();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        Matcher.Measured measured = new Matcher(MatchingWeights.DEFAULTS, REFERENCE_DAY).measuredPlan(input);
        long wall = System.nanoTime() - start;
        MatchPlan plan = measured.plan();
        Matcher.Effort effort = measured.effort();
        report(name, mentees, seats, wall, processCpuNanos() - cpu, plan.pairs().size(), plan.totalScore(), plan.optimal(),
                String.format(Locale.ROOT, " %7d %10d %10d %11d", effort.rounds(), effort.survey().toMillis(), effort.solves().toMillis(),
                        effort.pricing().toMillis()));
    }

    private void edges(String name, int mentees, int mentors, int perMentee) throws IOException {
        BipartiteProblem problem = new EdgeListGenerator(seed).generate(mentees, mentors, perMentee);
        if (writeTo != null) {
            RosterFiles.writeEdgeRoster(writeTo.resolve("roster-" + mentees + "x" + mentors + ".json"), problem);
            RosterFiles.writeEdges(writeTo.resolve("edges-" + mentees + "x" + mentors + ".csv"), problem);
        }
        HeapPeak.reset();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        SolvedMatching solved = new MatchingSolver().solve(problem);
        long wall = System.nanoTime() - start;
        report(name, mentees, problem.totalMentorCapacity(), wall, processCpuNanos() - cpu, solved.matchedCount(), solved.totalScore(),
                solved.proven(), "");
    }

    /** One line; {@code effort} is the matcher's rounds and phase times, empty for a case that runs only the solver. */
    private void report(String name, int mentees, long seats, long wallNanos, long cpuNanos, int matched, long total, boolean optimal,
                        String effort) {
        out.printf("%-26s %9d %9d %8d %8d %14d %8d %12d %8s%s%n", name, mentees, seats, wallNanos / 1_000_000, cpuNanos / 1_000_000,
                HeapPeak.bytes() >> 20, matched, total, optimal, effort);
    }

    /** CPU time of the whole JVM (all threads, including JIT and GC), to tell own work from a busy machine. */
    /** The CPU time of this process on every core, 0 where the JVM cannot tell. */
    public static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
