package org.mentorbot.app.program;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import org.mentorbot.core.admin.ProgramCounts;
import org.mentorbot.core.people.StoreUnavailableException;
import org.mentorbot.core.program.MatchingWarmUp;
import org.mentorbot.core.program.ProgramRegistry;
import org.mentorbot.core.programs.Program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the bot serves, warms matching up ({@link MatchingWarmUp}) on a thread of its own when an
 * open program has at least {@code MENTORBOT_MATCHING_WARM_UP_FROM} mentees waiting for a mentor
 * (50,000 by default; 0: never). A round matches the waiting mentees, so they are what makes a
 * first preview slow: in a JVM that has just started, 50,000 waiting mentees preview within 4 s and
 * 83,000 take 6-7 s. Below that the few seconds of CPU are not worth it, nor the heap the warm-up
 * takes (the JVM grows it and keeps it), which would take the bot over its memory budget at
 * 100,000 pairings (40,000 mentees waiting); above it, the program's own first preview grows the
 * heap past 1 GiB anyway. Each program's waiting mentees are one read of its counters; a store
 * that cannot answer now is left out, and nothing the warm-up meets stops the bot.
 */
final class MatchingWarmUpStart {

    private static final Logger log = LoggerFactory.getLogger(MatchingWarmUpStart.class);

    private final int from;
    private final ProgramRegistry registry;
    private final ProgramRegistry.StoreSpace space;
    private final Supplier<MatchingWarmUp.Result> warmUp;

    /** @param warmUp what warming up runs: {@link MatchingWarmUp#run} in the bot */
    MatchingWarmUpStart(int from, ProgramRegistry registry, ProgramRegistry.StoreSpace space, Supplier<MatchingWarmUp.Result> warmUp) {
        this.from = from;
        this.registry = registry;
        this.space = space;
        this.warmUp = warmUp;
    }

    /** The open program with the most waiting mentees, at least {@code from}, and how many; empty when none or off. */
    Optional<Sized> worthWarmingUp() {
        if (from == 0) {
            return Optional.empty();
        }
        return registry.all().stream().filter(program -> program.closedAt() == null).map(this::sized).flatMap(Optional::stream)
                .filter(sized -> sized.waiting() >= from).max(Comparator.comparingInt(Sized::waiting));
    }

    /** Starts the warm-up on a daemon thread when {@link #worthWarmingUp} names a program; returns that thread, if any. */
    Optional<Thread> start() {
        return worthWarmingUp().map(largest -> {
            log.info("Warming up matching: program {} has {} mentees waiting (MENTORBOT_MATCHING_WARM_UP_FROM={})",
                    largest.program().slug(), largest.waiting(), from);
            Thread thread = new Thread(this::warmUp, "matching-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
            return thread;
        });
    }

    private void warmUp() {
        try {
            MatchingWarmUp.Result done = warmUp.get();
            log.info("Warmed up matching in {} ms: {} previews of {} sample people ({})", done.took().toMillis(), done.previews(),
                    done.people(), done.title());
        } catch (RuntimeException e) {
            log.warn("Warming up matching failed; the first preview will be slower: {}", e.toString());
        }
    }

    private Optional<Sized> sized(Program program) {
        try {
            ProgramCounts counts = space.of(program.slug()).counters().counts();
            return Optional.of(new Sized(program, counts.waiting()));
        } catch (StoreUnavailableException e) {
            log.info("Not counting program {} for the matching warm-up: {}", program.slug(), e.getMessage());
            return Optional.empty();
        }
    }

    record Sized(Program program, int waiting) {
    }
}
