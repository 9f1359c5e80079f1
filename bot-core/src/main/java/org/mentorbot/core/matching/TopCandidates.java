package org.mentorbot.core.matching;

/**
 * Keeps the best {@code k} of a stream of (score, index) candidates in a small min-heap: higher
 * score first, and for equal scores the smaller index, so the choice never depends on the order
 * of arrival. Both packed into one long, so the heap is a plain {@code long[]}.
 */
final class TopCandidates {

    private final long[] heap;
    private int size;

    TopCandidates(int k) {
        this.heap = new long[k];
    }

    static long key(int score, int index) {
        return ((long) score << 32) | (~index & 0xFFFFFFFFL);
    }

    static int score(long key) {
        return (int) (key >> 32);
    }

    static int index(long key) {
        return ~(int) key;
    }

    void offer(long key) {
        if (heap.length == 0) {
            return;
        }
        if (size < heap.length) {
            heap[size] = key;
            siftUp(size++);
        } else if (key > heap[0]) {
            heap[0] = key;
            siftDown();
        }
    }

    /** Offers {@code key} and returns the smallest key still worth offering: below it nothing enters. */
    long offerAndFloor(long key) {
        offer(key);
        return size < heap.length ? Long.MIN_VALUE : heap[0];
    }

    int size() {
        return size;
    }

    /** The kept candidate at {@code position}, in no particular order. */
    long get(int position) {
        return heap[position];
    }

    void clear() {
        size = 0;
    }

    private void siftUp(int index) {
        long value = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (heap[parent] <= value) {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = value;
    }

    private void siftDown() {
        long value = heap[0];
        int index = 0;
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= value) {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = value;
    }
}
