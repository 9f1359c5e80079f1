package org.mentorbot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mentorbot.core.matching.solver.BipartiteProblem;

/**
 * Times the offline {@code match} command end to end against the OR-Tools reference
 * ({@code bench-ortools}, built with {@code -Portools}) on the same files: 5,000 mentees × 1,000
 * mentors with 30 candidate mentors each, 50,000 × 10,000 and 200,000 × 40,000 with 50 each.
 * Every run is a fresh JVM started the same way for both, the two alternate (which goes first
 * swaps every round, so neither always meets a warmer disk cache or a quieter machine), and both
 * results must agree on pairs matched and total score. Prints each run and, per size, the
 * medians and their ratio (ours / reference; below 1 means ours is faster).
 *
 * <pre>java -Dloader.main=org.mentorbot.bench.CliBenchmark -jar bench/target/mentorbot-bench.jar
 *     [--sizes 5k,50k,200k] [--repeat 5] [--dir target/cli-bench] [--jar config/target/mentorbot.jar]
 *     [--reference bench-ortools/target] [--jvm -Xmx2g]</pre>
 */
public final class CliBenchmark {

    private record Size(String name, int mentees, int mentors, int perMentee) {

        String roster() {
            return "roster-" + mentees + "x" + mentors + ".json";
        }

        String edges() {
            return "edges-" + mentees + "x" + mentors + "-k" + perMentee + ".csv";
        }
    }

    private static final List<Size> SIZES = List.of(new Size("5k", 5_000, 1_000, 30), new Size("50k", 50_000, 10_000, 50),
            new Size("200k", 200_000, 40_000, 50));

    private final PrintStream out;
    private final Path dir;
    private final List<String> ours;
    private final List<String> reference;
    private final List<String> jvm;

    private CliBenchmark(PrintStream out, Path dir, List<String> ours, List<String> reference, List<String> jvm) {
        this.out = out;
        this.dir = dir;
        this.ours = ours;
        this.reference = reference;
        this.jvm = jvm;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of(option(args, "--dir", "target/cli-bench")));
        int repeat = Integer.parseInt(option(args, "--repeat", "5"));
        long seed = Long.parseLong(option(args, "--seed", "42"));
        List<String> jvm = Arrays.stream(option(args, "--jvm", "").split(" ")).filter(s -> !s.isBlank()).toList();
        Path referenceDir = Path.of(option(args, "--reference", "bench-ortools/target"));
        if (!Files.isRegularFile(referenceDir.resolve("ortools-reference.jar"))) {
            throw new IllegalStateException(referenceDir + "/ortools-reference.jar missing: build it with ./mvnw -Portools -pl bench-ortools -am -DskipTests package");
        }
        List<String> reference = List.of("-cp", referenceDir.resolve("ortools-reference.jar") + File.pathSeparator
                + referenceDir.resolve("lib") + File.separator + "*", "org.mentorbot.bench.ortools.ReferenceMatch");
        CliBenchmark bench = new CliBenchmark(System.out, dir, ourCommand(option(args, "--jar", "config/target/mentorbot.jar")), reference, jvm);
        List<String> wanted = List.of(option(args, "--sizes", "5k,50k,200k").split(","));
        List<String> summary = new ArrayList<>();
        for (Size size : SIZES) {
            if (wanted.contains(size.name())) {
                summary.add(bench.run(size, repeat, seed));
            }
        }
        System.out.printf("%n%-32s %10s %14s %7s%n", "size", "ours_ms", "or-tools_ms", "ratio");
        summary.forEach(System.out::println);
    }

    /**
     * The shipped jar when it was built; else the jar this benchmark runs from, which carries the
     * same command behind the same kind of nested-jar launcher.
     */
    private static List<String> ourCommand(String jar) {
        if (Files.isRegularFile(Path.of(jar))) {
            return List.of("-jar", jar);
        }
        String self = System.getProperty("java.class.path");
        String bench = self.endsWith(".jar") && !self.contains(File.pathSeparator) ? self : "bench/target/mentorbot-bench.jar";
        return List.of("-Dloader.main=org.mentorbot.offline.OfflineMatchCli", "-jar", bench);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return args[k + 1];
            }
        }
        return fallback;
    }

    private String run(Size size, int repeat, long seed) throws IOException, InterruptedException {
        Path roster = dir.resolve(size.roster());
        Path edges = dir.resolve(size.edges());
        if (!Files.isRegularFile(roster) || !Files.isRegularFile(edges)) {
            BipartiteProblem problem = new EdgeListGenerator(seed).generate(size.mentees(), size.mentors(), size.perMentee());
            RosterFiles.writeEdgeRoster(roster, problem);
            RosterFiles.writeEdges(edges, problem);
        }
        String label = String.format("%,d x %,d k=%d (%,d edges)", size.mentees(), size.mentors(), size.perMentee(),
                (long) size.mentees() * size.perMentee());
        out.println(label);
        long[] oursMs = new long[repeat];
        long[] referenceMs = new long[repeat];
        for (int r = 0; r < repeat; r++) {
            boolean oursFirst = r % 2 == 0;
            long first = time(oursFirst ? ours : reference, size, oursFirst ? "ours" : "or-tools", roster, edges);
            long second = time(oursFirst ? reference : ours, size, oursFirst ? "or-tools" : "ours", roster, edges);
            oursMs[r] = oursFirst ? first : second;
            referenceMs[r] = oursFirst ? second : first;
            out.printf("  run %d: ours %,d ms, or-tools %,d ms%n", r + 1, oursMs[r], referenceMs[r]);
        }
        agree(dir.resolve("result-ours-" + size.name() + ".json"), dir.resolve("result-or-tools-" + size.name() + ".json"));
        long a = median(oursMs);
        long b = median(referenceMs);
        return String.format("%-32s %10d %14d %7.2f", size.name() + " " + size.mentees() + "x" + size.mentors() + " k=" + size.perMentee(),
                a, b, (double) a / b);
    }

    private long time(List<String> command, Size size, String who, Path roster, Path edges) throws IOException, InterruptedException {
        Path result = dir.resolve("result-" + who + "-" + size.name() + ".json");
        Files.deleteIfExists(result);
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvm);
        line.addAll(command);
        line.addAll(List.of("match", "--roster", roster.toString(), "--edges", edges.toString(), "--out", result.toString()));
        ProcessBuilder process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + who + "-" + size.name() + ".txt").toFile());
        long start = System.nanoTime();
        int exit = process.start().waitFor();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0 || !Files.isRegularFile(result)) {
            throw new IllegalStateException(who + " failed with exit " + exit + ", see " + dir.resolve("log-" + who + "-" + size.name() + ".txt"));
        }
        return ms;
    }

    /** Both must have matched as many mentees for the same total score; the pairs themselves may differ among ties. */
    private static void agree(Path ours, Path reference) throws IOException {
        long[] a = totals(ours);
        long[] b = totals(reference);
        if (!Arrays.equals(a, b)) {
            throw new IllegalStateException("results differ: ours matched " + a[0] + " for " + a[1] + ", OR-Tools " + b[0] + " for " + b[1]);
        }
    }

    /** Pairs matched and total score of a RESULT.json. */
    private static long[] totals(Path result) throws IOException {
        long pairs = 0;
        long total = -1;
        try (JsonParser json = new JsonFactory().createParser(result.toFile())) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.FIELD_NAME && json.currentName().equals("mentee")) {
                    pairs++;
                } else if (token == JsonToken.FIELD_NAME && json.currentName().equals("totalScore")) {
                    json.nextToken();
                    total = json.getLongValue();
                }
            }
        }
        return new long[] {pairs, total};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
