package org.mentorbot.core.matching.solver;

import java.util.Arrays;

/**
 * A binary min-heap of node numbers keyed by a shared distance array, with decrease-key, for
 * Dijkstra's algorithm. Ties go to the smaller node number, so searches are deterministic.
 */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    NodeHeap(int nodeCount, long[] key) {
        this.heap = new int[nodeCount];
        this.position = new int[nodeCount];
        this.key = key;
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int node) {
        return position[node] >= 0;
    }

    /** Inserts {@code node}, or moves it up after its key was lowered. */
    void offer(int node) {
        if (position[node] < 0) {
            heap[size] = node;
            position[node] = size;
            size++;
        }
        siftUp(position[node]);
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    /** Empties the heap, touching only the nodes still in it. */
    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void siftUp(int index) {
        int node = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (!less(node, heap[parent])) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(node, index);
    }

    private void siftDown(int index) {
        int node = heap[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(node, index);
    }

    private void place(int node, int index) {
        heap[index] = node;
        position[node] = index;
    }
}
