package org.mentorbot.bench.stats;

import java.util.List;
import java.util.Locale;
import org.mentorbot.bench.BenchRedis;
import org.mentorbot.bench.MatchingBenchmark;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantStore;

/**
 * Reading a whole program's participants from Redis, as every {@code match preview} and round
 * does first. The roster of {@code --case preview100k} (83,334 mentees and 16,666 mentors by
 * default) is written through the product's Redis stores under a key prefix of its own; then
 * {@link ParticipantStore#all()} reads them back {@code --repeat} times (5), each timed in wall
 * and process CPU time (the values are parsed on every core). The keys are deleted at the end.
 *
 * <p>Options: {@code --mentees} (83334), {@code --mentors} (16666), {@code --repeat} (5),
 * {@code --seed} (42).
 */
public final class ParticipantReadBenchmark {

    private ParticipantReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = StatsBenchmark.option(args, "--repeat", 5);
        PreviewBenchmark.withRoster(args, (url, prefix, stores, people) -> {
            ParticipantStore store = stores.participants();
            for (int run = 1; run <= repeat; run++) {
                long cpu = MatchingBenchmark.processCpuNanos();
                long started = System.nanoTime();
                List<Participant> read = store.all();
                long wall = System.nanoTime() - started;
                if (read.size() != people.size()) {
                    throw new IllegalStateException("read " + read.size() + " participants of " + people.size());
                }
                System.out.printf(Locale.ROOT, "run %d: %,d participants read in %d ms (CPU %d ms) (%s)%n", run, read.size(),
                        wall / 1_000_000, (MatchingBenchmark.processCpuNanos() - cpu) / 1_000_000, BenchRedis.load());
            }
        });
    }
}
