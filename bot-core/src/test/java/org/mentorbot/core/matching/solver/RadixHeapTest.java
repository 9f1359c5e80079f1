package org.mentorbot.core.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RadixHeapTest {

    private static final int NODES = 300;

    /**
     * Runs Dijkstra-like work on the queue: take the lowest, offer others at that key or more,
     * lower some queued keys. Every node taken has the lowest key still queued, is the one
     * peeked at just before, and the queue holds exactly the nodes offered and not yet taken.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void takesTheLowestKeyFirstThroughLoweredKeysAndWideRanges(long seed) {
        Random random = new Random(seed);
        long[] key = new long[NODES];
        Arrays.fill(key, Long.MAX_VALUE);
        boolean[] queued = new boolean[NODES];
        RadixHeap heap = new RadixHeap(NODES, key);
        for (int search = 0; search < 20; search++) {
            long spread = search % 2 == 0 ? 8 : 1L << 40;
            int start = random.nextInt(NODES);
            key[start] = 0;
            heap.offer(start);
            queued[start] = true;
            long last = 0;
            while (!heap.isEmpty()) {
                int next = heap.peek();
                assertThat(heap.peek()).as("peeking leaves the node queued").isEqualTo(next);
                int node = heap.poll();
                assertThat(node).as("the node peeked is the one taken").isEqualTo(next);
                assertThat(queued[node]).as("a queued node").isTrue();
                long lowest = lowestQueued(key, queued);
                assertThat(key[node]).as("search %d: the lowest key", search).isEqualTo(lowest).isGreaterThanOrEqualTo(last);
                last = key[node];
                queued[node] = false;
                for (int k = 0; k < 3; k++) {
                    int other = random.nextInt(NODES);
                    long candidate = last + (long) (random.nextDouble() * spread);
                    if (!queued[other] && key[other] == Long.MAX_VALUE || queued[other] && candidate < key[other]) {
                        key[other] = candidate;
                        heap.offer(other);
                        queued[other] = true;
                    }
                }
                if (random.nextInt(50) == 0) {
                    break;
                }
            }
            heap.clear(Long.MAX_VALUE);
            for (int node = 0; node < NODES; node++) {
                if (queued[node]) {
                    assertThat(key[node]).as("cleared key").isEqualTo(Long.MAX_VALUE);
                    queued[node] = false;
                }
            }
            assertThat(heap.isEmpty()).isTrue();
            Arrays.fill(key, Long.MAX_VALUE);
        }
    }

    @Test
    void equalKeysComeOutInTheSameOrderEveryTime() {
        assertThat(order()).isEqualTo(order());
    }

    private static List<Integer> order() {
        long[] key = new long[10];
        RadixHeap heap = new RadixHeap(10, key);
        for (int node = 0; node < 10; node++) {
            key[node] = node % 3;
            heap.offer(node);
        }
        List<Integer> order = new ArrayList<>();
        while (!heap.isEmpty()) {
            order.add(heap.poll());
        }
        assertThat(order.stream().mapToLong(node -> key[node]).toArray()).isSorted();
        return order;
    }

    private static long lowestQueued(long[] key, boolean[] queued) {
        long lowest = Long.MAX_VALUE;
        for (int node = 0; node < key.length; node++) {
            if (queued[node]) {
                lowest = Math.min(lowest, key[node]);
            }
        }
        return lowest;
    }
}
