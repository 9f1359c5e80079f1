package org.mentorbot.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Times one of the matcher's cases in this bench jar and in another build's bench jar at once,
 * each in a JVM held to a core of its own, so that both builds meet the same machine. On a shared
 * machine, runs made one after the other spread more than most changes move them (the same
 * build's warm runs of {@code preview100k} from 4.7 to 7.9 s within an hour); two runs made at once
 * share the load, and swapping the cores between pairs shares out what differs between them.
 *
 * <pre>java -jar bench/target/mentorbot-bench.jar --case paired --against OTHER-bench.jar [--of preview100k] [--pairs 4] [--repeat 3] [--cores 0,1] [--seed 42]</pre>
 *
 * Each pair starts both jars with {@code taskset -c CORE java -XX:ActiveProcessorCount=1 -Xmx1g},
 * {@code --case OF --repeat N}: this jar on the first core in odd pairs and on the second in even
 * ones. The first run of each JVM is JIT warm-up and is left out. It prints every warm run, then
 * the medians of each build and this build's over the other's, and whether both matched as many
 * mentees for the same total score.
 */
public final class PairedBenchmark {

    /** The cases of {@link MatchingBenchmark} that print the matcher's phases. */
    static final List<String> CASES = List.of("small", "dense", "dense50k", "preview100k");

    /** One warm run of one build: its times in milliseconds and its result. */
    record Run(String build, int core, long wall, long cpu, long survey, long solver, long pricing, long matched, long totalScore,
               boolean optimal) {
    }

    private PairedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String of = MatchingBenchmark.option(args, "--of", "preview100k");
        if (!CASES.contains(of)) {
            throw new IllegalArgumentException("--of must be one of " + CASES + ", was " + of);
        }
        Path self = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
        String against = MatchingBenchmark.option(args, "--against", null);
        if (against == null) {
            throw new IllegalArgumentException("name the other build's bench jar: --against OTHER-bench.jar");
        }
        Path other = Path.of(against);
        for (Path jar : List.of(self, other)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(jar + " is not a bench jar: run this one with java -jar and name the other with --against");
            }
        }
        int[] cores = Arrays.stream(MatchingBenchmark.option(args, "--cores", "0,1").split(",")).mapToInt(Integer::parseInt).toArray();
        if (cores.length != 2 || cores[0] == cores[1]) {
            throw new IllegalArgumentException("--cores takes two different cores, such as 0,1");
        }
        int pairs = Integer.parseInt(MatchingBenchmark.option(args, "--pairs", "4"));
        String repeat = MatchingBenchmark.option(args, "--repeat", "3");
        String seed = MatchingBenchmark.option(args, "--seed", "42");
        System.out.printf("this %s, other %s, --case %s --repeat %s, %d pairs on cores %d and %d%n", self, other, of, repeat, pairs,
                cores[0], cores[1]);
        List<Run> runs = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            int mine = cores[pair % 2];
            int theirs = cores[1 - pair % 2];
            Started a = start(self, mine, of, repeat, seed);
            Started b = null;
            try {
                b = start(other, theirs, of, repeat, seed);
                List<Run> done = new ArrayList<>(warmRuns("this", mine, finish(a, self)));
                done.addAll(warmRuns("other", theirs, finish(b, other)));
                done.forEach(run -> System.out.println(row(run)));
                runs.addAll(done);
            } finally {
                a.stop();
                if (b != null) {
                    b.stop();
                }
            }
        }
        System.out.print(summary(runs));
    }

    /** A bench started, and the file its output goes to. */
    private record Started(Process process, Path log) {

        /** Ends the bench if it still runs and deletes its output. */
        void stop() throws IOException {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static Started start(Path jar, int core, String of, String repeat, String seed) throws IOException {
        Path log = Files.createTempFile("mentorbot-paired-", ".log");
        List<String> command = List.of("taskset", "-c", Integer.toString(core),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:ActiveProcessorCount=1", "-Xmx1g", "-jar",
                jar.toString(), "--case", of, "--repeat", repeat, "--seed", seed);
        try {
            return new Started(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            Files.deleteIfExists(log);
            throw new IOException("could not start " + String.join(" ", command) + " (taskset comes with util-linux): " + e.getMessage(), e);
        }
    }

    /** Waits for a bench and returns its output, or fails with its last lines when it failed. */
    private static List<String> finish(Started started, Path jar) throws IOException, InterruptedException {
        int exit = started.process().waitFor();
        List<String> lines = Files.readAllLines(started.log());
        if (exit != 0) {
            throw new IllegalStateException(jar + " exited with " + exit + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        }
        return lines;
    }

    /** The runs in a bench's output after its first, which is JIT warm-up. */
    static List<Run> warmRuns(String build, int core, List<String> output) {
        List<Run> runs = new ArrayList<>();
        for (String line : output) {
            if (!line.startsWith("scored ")) {
                continue;
            }
            String[] c = line.trim().split("\\s+");
            if (c.length != 14) {
                throw new IllegalArgumentException("not a row of the matcher's phases: " + line);
            }
            runs.add(new Run(build, core, Long.parseLong(c[4]), Long.parseLong(c[5]), Long.parseLong(c[11]), Long.parseLong(c[12]),
                    Long.parseLong(c[13]), Long.parseLong(c[7]), Long.parseLong(c[8]), Boolean.parseBoolean(c[9])));
        }
        return runs.isEmpty() ? runs : runs.subList(1, runs.size());
    }

    static String row(Run run) {
        return String.format(Locale.ROOT, "%-5s core %d  wall %6d ms  cpu %6d ms  survey %6d ms  solver %6d ms  pricing %6d ms  %d matched, total %d%s",
                run.build(), run.core(), run.wall(), run.cpu(), run.survey(), run.solver(), run.pricing(), run.matched(),
                run.totalScore(), run.optimal() ? ", optimal" : "");
    }

    /** Each build's medians, this build's over the other's, and whether their results agree. */
    static String summary(List<Run> runs) {
        List<Run> mine = runs.stream().filter(r -> r.build().equals("this")).toList();
        List<Run> theirs = runs.stream().filter(r -> r.build().equals("other")).toList();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return "no warm runs to compare: use --repeat 2 or more\n";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %9s %9s %10s %10s %11s%n", "medians", "runs",
                "wall_ms", "cpu_ms", "survey_ms", "solver_ms", "pricing_ms"));
        List<ToLongFunction<Run>> columns = List.of(Run::wall, Run::cpu, Run::survey, Run::solver, Run::pricing);
        int[] widths = {9, 9, 10, 10, 11};
        for (List<Run> build : List.of(mine, theirs)) {
            out.append(String.format(Locale.ROOT, "%-12s %5d", build.get(0).build(), build.size()));
            for (int c = 0; c < columns.size(); c++) {
                out.append(String.format(Locale.ROOT, " %" + widths[c] + ".0f", median(build, columns.get(c))));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%-12s %5s", "this/other", ""));
        for (int c = 0; c < columns.size(); c++) {
            double below = median(theirs, columns.get(c));
            out.append(below == 0 ? String.format(Locale.ROOT, " %" + widths[c] + "s", "-")
                    : String.format(Locale.ROOT, " %" + widths[c] + ".3f", median(mine, columns.get(c)) / below));
        }
        out.append('\n');
        boolean same = runs.stream().map(r -> r.matched() + "/" + r.totalScore() + "/" + r.optimal()).distinct().count() == 1;
        out.append(same ? "both builds matched as many mentees for the same total score\n"
                : "the builds' results differ: compare the rows above\n");
        return out.toString();
    }

    static double median(List<Run> runs, ToLongFunction<Run> column) {
        long[] values = runs.stream().mapToLong(column).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
