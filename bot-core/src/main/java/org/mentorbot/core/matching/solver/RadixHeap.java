package org.mentorbot.core.matching.solver;

import java.util.Arrays;

/**
 * A monotone priority queue of node numbers keyed by a shared distance array, for Dijkstra's
 * algorithm with non-negative reduced costs: no key offered is below the last key taken. Each
 * entry goes to the bucket of the highest bit in which its key differs from the last key taken;
 * taking from an empty lowest bucket spreads the next bucket's entries over the lower ones, so
 * each entry moves at most 64 times in all. Lowering a key adds a second entry; the older one is
 * passed over when it comes up. Equal keys come out last in, first out, so searches are
 * deterministic.
 */
final class RadixHeap {

    private static final int BUCKETS = 65;

    private final long[] key;
    private final boolean[] queued;
    private final int[][] nodes = new int[BUCKETS][];
    private final long[][] keys = new long[BUCKETS][];
    private final int[] count = new int[BUCKETS];
    private long last;
    private int live;

    RadixHeap(int nodeCount, long[] key) {
        this.key = key;
        this.queued = new boolean[nodeCount];
        for (int b = 0; b < BUCKETS; b++) {
            nodes[b] = new int[16];
            keys[b] = new long[16];
        }
    }

    boolean isEmpty() {
        return live == 0;
    }

    /** Queues {@code node} at its current key, or again after its key was lowered. */
    void offer(int node) {
        if (!queued[node]) {
            queued[node] = true;
            live++;
        }
        put(node, key[node]);
    }

    /** A node with the lowest key, the one {@link #poll} takes next, left queued; the queue must not be empty. */
    int peek() {
        while (true) {
            if (count[0] == 0) {
                refill();
            }
            int at = count[0] - 1;
            int node = nodes[0][at];
            if (queued[node] && key[node] == keys[0][at]) {
                return node;
            }
            count[0] = at;
        }
    }

    /** Takes a node with the lowest key; the queue must not be empty. */
    int poll() {
        int node = peek();
        count[0]--;
        queued[node] = false;
        live--;
        return node;
    }

    /** Empties the queue, setting the key of every node still in it to {@code emptyKey}. */
    void clear(long emptyKey) {
        for (int b = 0; b < BUCKETS; b++) {
            int[] inBucket = nodes[b];
            for (int i = 0, n = count[b]; i < n; i++) {
                int node = inBucket[i];
                if (queued[node]) {
                    queued[node] = false;
                    key[node] = emptyKey;
                }
            }
            count[b] = 0;
        }
        live = 0;
        last = 0;
    }

    private void put(int node, long k) {
        int b = k == last ? 0 : 64 - Long.numberOfLeadingZeros(k ^ last);
        int n = count[b];
        if (n == nodes[b].length) {
            nodes[b] = Arrays.copyOf(nodes[b], 2 * n);
            keys[b] = Arrays.copyOf(keys[b], 2 * n);
        }
        nodes[b][n] = node;
        keys[b][n] = k;
        count[b] = n + 1;
    }

    /** Moves the entries of the lowest non-empty bucket down, around the lowest key among them. */
    private void refill() {
        int b = 1;
        while (true) {
            while (count[b] == 0) {
                b++;
            }
            int[] inBucket = nodes[b];
            long[] bucketKeys = keys[b];
            int n = count[b];
            long lowest = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                int node = inBucket[i];
                if (queued[node] && key[node] == bucketKeys[i]) {
                    lowest = Math.min(lowest, bucketKeys[i]);
                }
            }
            count[b] = 0;
            if (lowest == Long.MAX_VALUE) {
                continue;
            }
            last = lowest;
            for (int i = 0; i < n; i++) {
                int node = inBucket[i];
                if (queued[node] && key[node] == bucketKeys[i]) {
                    put(node, bucketKeys[i]);
                }
            }
            return;
        }
    }
}
