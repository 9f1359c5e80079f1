package org.mentorbot.core.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Does one piece of work per item on a bounded pool and waits for all of them. Delivering
 * nudges one after another through a blocking platform call caps a round at one message per
 * round trip; spreading them over a pool lets the platform's rate limit set the pace instead.
 */
public final class Fanout {

    private Fanout() {
    }

    /**
     * Applies {@code work} to every item on {@code pool} and returns the results in the items'
     * order, once every item is done. If any item failed, the first failure is rethrown after
     * the others finished, so that no work is left running behind the caller's back.
     */
    public static <T, R> List<R> each(Collection<T> items, Function<T, R> work, Executor pool) {
        List<CompletableFuture<R>> running = new ArrayList<>(items.size());
        for (T item : items) {
            running.add(CompletableFuture.supplyAsync(() -> work.apply(item), pool));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
        return running.stream().map(CompletableFuture::join).toList();
    }
}
