package org.mentorbot.core.matching.solver;

import java.util.Arrays;

/**
 * Routes every unit of supply of a {@link ResidualNetwork} to the sink, one unit at a time,
 * each along a cheapest path in the residual network (successive shortest paths).
 *
 * <p>Node potentials keep every residual arc's reduced cost non-negative, so each search is
 * Dijkstra's algorithm. A search starts from the one left node whose unit is being routed and
 * stops as soon as the sink is settled; only the nodes it settled get new potentials
 * ({@code p(v) += d(v) - d(sink)}), which preserves non-negative reduced costs everywhere and
 * keeps each search local to the part of the network it needed. Because every augmentation is
 * along a shortest path, the flow stays cost-optimal for the supply routed so far, and the
 * final flow is a min-cost flow.
 */
final class SuccessiveShortestPaths {

    private static final int NONE = -1;

    private final ResidualNetwork net;
    private final long[] distance;
    private final int[] arrivedBy;
    private final int[] settled;
    private int settledCount;
    private final boolean[] isSettled;
    private final NodeHeap heap;

    SuccessiveShortestPaths(ResidualNetwork net) {
        this.net = net;
        int nodes = net.sink + 1;
        this.distance = new long[nodes];
        this.arrivedBy = new int[nodes];
        this.settled = new int[nodes];
        this.isSettled = new boolean[nodes];
        this.heap = new NodeHeap(nodes, distance);
        Arrays.fill(distance, Long.MAX_VALUE);
    }

    /** Routes all supply, left node by left node in index order. */
    void run() {
        for (int left = 0; left < net.leftCount; left++) {
            for (int unit = 0; unit < net.leftCapacity[left]; unit++) {
                if (net.leftFirst[left] == net.leftFirst[left + 1]) {
                    leaveUnmatched(left);
                } else {
                    routeOneUnit(left);
                }
            }
        }
    }

    /** A left node without pairs: its path is its own "unmatched" arc, and its potential drops to keep that arc tight. */
    private void leaveUnmatched(int left) {
        net.unmatchedUnits[left]++;
        net.potential[left] = -net.unmatchedCost;
    }

    private void routeOneUnit(int source) {
        distance[source] = 0;
        arrivedBy[source] = NONE;
        heap.offer(source);
        while (!heap.isEmpty()) {
            int node = heap.poll();
            isSettled[node] = true;
            settled[settledCount++] = node;
            if (node == net.sink) {
                break;
            }
            if (net.isLeft(node)) {
                scanLeft(node);
            } else {
                scanRight(node);
            }
        }
        long total = distance[net.sink];
        augment(source);
        updatePotentialsAndReset(total);
    }

    /**
     * Relaxes a left node's arcs. The cheapest pair to a right node with a free seat is relaxed
     * first, together with that seat's arc to the sink, so that the sink has a finite distance
     * before the other arcs are looked at and most of them are pruned.
     */
    private void scanLeft(int left) {
        long base = distance[left] + net.potential[left];
        relaxCheapestFreeSeat(left, base);
        for (int i = net.leftFirst[left], end = net.leftFirst[left + 1]; i < end; i++) {
            int e = net.leftEdges[i];
            if (!net.used[e]) {
                int right = net.rightNode(net.edgeRight[e]);
                relax(right, base + net.edgeCost[e] - net.potential[right], e);
            }
        }
        if (net.unmatchedUnits[left] < net.leftCapacity[left]) {
            relax(net.sink, base + net.unmatchedCost, encodeUnmatched(left));
        }
    }

    private void relaxCheapestFreeSeat(int left, long base) {
        int best = NONE;
        for (int i = net.leftFirst[left], end = net.leftFirst[left + 1]; i < end; i++) {
            int e = net.leftEdges[i];
            int right = net.edgeRight[e];
            if (!net.used[e] && net.load[right] < net.rightCapacity[right] && (best == NONE || net.edgeCost[e] < net.edgeCost[best])) {
                best = e;
            }
        }
        if (best != NONE) {
            int right = net.rightNode(net.edgeRight[best]);
            if (relax(right, base + net.edgeCost[best] - net.potential[right], best)) {
                relax(net.sink, distance[right] + net.potential[right], encodeSeat(net.edgeRight[best]));
            }
        }
    }

    private void scanRight(int node) {
        int right = node - net.leftCount;
        long base = distance[node] + net.potential[node];
        if (net.load[right] < net.rightCapacity[right]) {
            relax(net.sink, base, encodeSeat(right));
        }
        for (int i = net.rightFirst[right], end = net.rightFirst[right + 1]; i < end; i++) {
            int e = net.rightEdges[i];
            if (net.used[e]) {
                int left = net.edgeLeft[e];
                relax(left, base - net.edgeCost[e] - net.potential[left], e);
            }
        }
    }

    /**
     * Lowers a node's tentative distance. A node no nearer than the best path to the sink found
     * so far can never be settled before the sink, so it is not queued at all. Returns whether
     * the distance was lowered.
     */
    private boolean relax(int node, long candidate, int via) {
        if (candidate < distance[node] && candidate < distance[net.sink] && !isSettled[node]) {
            distance[node] = candidate;
            arrivedBy[node] = via;
            heap.offer(node);
            return true;
        }
        return false;
    }

    /** Arrival at the sink over a left node's "unmatched" arc or a right node's seat arc, told apart by sign. */
    private static int encodeUnmatched(int left) {
        return -2 - left;
    }

    private int encodeSeat(int right) {
        return net.edgeCount + right;
    }

    /** Walks the path back from the sink, flipping each pair it used. */
    private void augment(int source) {
        int via = arrivedBy[net.sink];
        int node;
        if (via < 0) {
            node = -2 - via;
            net.unmatchedUnits[node]++;
        } else {
            node = net.rightNode(via - net.edgeCount);
        }
        while (node != source) {
            int e = arrivedBy[node];
            if (net.isLeft(node)) {
                net.used[e] = false;
                net.load[net.edgeRight[e]]--;
                node = net.rightNode(net.edgeRight[e]);
            } else {
                net.used[e] = true;
                net.load[net.edgeRight[e]]++;
                node = net.edgeLeft[e];
            }
        }
    }

    private void updatePotentialsAndReset(long total) {
        for (int i = 0; i < settledCount; i++) {
            int node = settled[i];
            net.potential[node] += distance[node] - total;
            isSettled[node] = false;
            distance[node] = Long.MAX_VALUE;
        }
        settledCount = 0;
        while (!heap.isEmpty()) {
            distance[heap.poll()] = Long.MAX_VALUE;
        }
    }
}
