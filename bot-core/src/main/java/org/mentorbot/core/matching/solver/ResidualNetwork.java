package org.mentorbot.core.matching.solver;

import java.util.Arrays;

/**
 * The matching problem as a min-cost flow network with its current flow and node potentials.
 *
 * <p>Flow is pushed from the <em>left</em> side, which is whichever side has fewer places to
 * give: mentees when they are fewer than the mentors' seats, mentors otherwise. Every left
 * node has a supply equal to its capacity; each unit travels along one pair to a right node
 * (which takes at most its capacity) and on to the sink, or straight to the sink over the
 * left node's "stays unmatched" arc.
 *
 * <p>Costs make the lexicographic objective a plain sum: a pair with score {@code s} costs
 * {@code B - s} (never negative, as every score lies within {@code ±B}), an unmatched unit
 * costs {@code U = B(2k+1)+1}, where {@code k} bounds the matching size. Leaving one more unit
 * unmatched then always costs more than any difference in total score can gain, so a
 * min-cost flow matches as many as possible first and maximises the score second.
 *
 * <p>Nodes are numbered left {@code 0..L-1}, right {@code L..L+R-1}, and the sink
 * {@code L+R}, whose potential stays 0.
 */
final class ResidualNetwork {

    final boolean leftIsMentee;
    final int leftCount;
    final int rightCount;
    final int sink;
    final int[] leftCapacity;
    final int[] rightCapacity;
    final int edgeCount;
    final int[] edgeLeft;
    final int[] edgeRight;
    final long[] edgeCost;
    final int[] leftFirst;
    final int[] leftEdges;
    final int[] rightFirst;
    final int[] rightEdges;
    /** Each left node's edges' right ends and costs, in the order of {@link #leftEdges}, so a scan reads them in a row. */
    final int[] leftEdgeRight;
    final long[] leftEdgeCost;
    /** Each right node's edges' left ends and costs, in the order of {@link #rightEdges}. */
    final int[] rightEdgeLeft;
    final long[] rightEdgeCost;
    /** Where each edge sits in {@link #leftEdges} and {@link #rightEdges}. */
    private final int[] leftSlot;
    private final int[] rightSlot;
    final long scoreBound;
    final long maxMatched;
    final long unmatchedCost;

    /**
     * Whether each edge carries a unit, in the order of {@link #leftEdges} and of
     * {@link #rightEdges}, so that a scan reads it in a row: always set through {@link #use}, and
     * read per edge through {@link #carries}.
     */
    final boolean[] leftUsed;
    final boolean[] rightUsed;
    /**
     * For each left node, the places in {@link #leftEdges} of its pairs that carry a unit, in no
     * order: {@link #carriedCount} of them from {@link #carriedFirst}. A search back over the
     * pairs that carry a node's units reads these few instead of all its pairs (a popular
     * mentor may have thousands). Room for one more than the node's capacity, as a unit being
     * moved may briefly add a pair before the one it leaves is let go.
     */
    final int[] carriedFirst;
    final int[] carried;
    final int[] carriedCount;
    final int[] unmatchedUnits;
    final int[] load;
    /**
     * Two numbers in a row for each right node. For one with one seat: the pair that fills it,
     * as its left end and edge ({@code left << 32 | edge}), or {@link #FREE}; then that pair's
     * cost. {@link #SHARED} for one with another number of seats. A search reads a one-seat
     * node's whole state here, in one place, instead of scanning its pairs.
     */
    final long[] sole;
    static final long FREE = -1;
    static final long SHARED = -2;
    final long[] potential;

    ResidualNetwork(BipartiteProblem problem) {
        long seats = problem.totalMentorCapacity();
        leftIsMentee = problem.menteeCount() <= seats;
        leftCount = leftIsMentee ? problem.menteeCount() : problem.mentorCount();
        rightCount = leftIsMentee ? problem.mentorCount() : problem.menteeCount();
        sink = leftCount + rightCount;
        leftCapacity = new int[leftCount];
        rightCapacity = new int[rightCount];
        int[] mentorCapacity = leftIsMentee ? rightCapacity : leftCapacity;
        int[] menteeCapacity = leftIsMentee ? leftCapacity : rightCapacity;
        for (int m = 0; m < problem.mentorCount(); m++) {
            mentorCapacity[m] = problem.mentorCapacity(m);
        }
        Arrays.fill(menteeCapacity, 1);
        edgeCount = problem.edgeCount();
        edgeLeft = new int[edgeCount];
        edgeRight = new int[edgeCount];
        edgeCost = new long[edgeCount];
        scoreBound = problem.scoreBound();
        for (int e = 0; e < edgeCount; e++) {
            edgeLeft[e] = leftIsMentee ? problem.edgeMentee(e) : problem.edgeMentor(e);
            edgeRight[e] = leftIsMentee ? problem.edgeMentor(e) : problem.edgeMentee(e);
            edgeCost[e] = scoreBound - problem.edgeScore(e);
        }
        maxMatched = Math.min(problem.menteeCount(), seats);
        unmatchedCost = scoreBound * (2 * maxMatched + 1) + 1;
        leftFirst = new int[leftCount + 1];
        int[] cheapestFirst = byCost();
        leftEdges = adjacency(edgeLeft, leftFirst, cheapestFirst);
        if (cheapestFirst == null) {
            sortByCost(leftEdges, leftFirst);
        }
        rightFirst = new int[rightCount + 1];
        rightEdges = adjacency(edgeRight, rightFirst, null);
        leftEdgeRight = new int[edgeCount];
        leftEdgeCost = new long[edgeCount];
        rightEdgeLeft = new int[edgeCount];
        rightEdgeCost = new long[edgeCount];
        leftSlot = new int[edgeCount];
        rightSlot = new int[edgeCount];
        for (int i = 0; i < edgeCount; i++) {
            leftSlot[leftEdges[i]] = i;
            rightSlot[rightEdges[i]] = i;
            leftEdgeRight[i] = edgeRight[leftEdges[i]];
            leftEdgeCost[i] = edgeCost[leftEdges[i]];
            rightEdgeLeft[i] = edgeLeft[rightEdges[i]];
            rightEdgeCost[i] = edgeCost[rightEdges[i]];
        }
        leftUsed = new boolean[edgeCount];
        rightUsed = new boolean[edgeCount];
        carriedFirst = new int[leftCount + 1];
        for (int v = 0; v < leftCount; v++) {
            carriedFirst[v + 1] = carriedFirst[v] + Math.min(leftCapacity[v], leftFirst[v + 1] - leftFirst[v]) + 1;
        }
        carried = new int[carriedFirst[leftCount]];
        carriedCount = new int[leftCount];
        unmatchedUnits = new int[leftCount];
        load = new int[rightCount];
        sole = new long[2 * rightCount];
        for (int v = 0; v < rightCount; v++) {
            sole[2 * v] = rightCapacity[v] == 1 ? FREE : SHARED;
        }
        potential = new long[sink + 1];
    }

    /**
     * Every edge, cheapest first, equal costs in input order: a counting sort over the costs when
     * they take no more different values than there are edges (as scores do), else null. Grouped
     * by left end in this order, each left node's pairs come cheapest first, so that a scan can
     * stop at the first that can no longer be part of a shortest path, and the first pair with a
     * free seat is the cheapest.
     */
    private int[] byCost() {
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int e = 0; e < edgeCount; e++) {
            lowest = Math.min(lowest, edgeCost[e]);
            highest = Math.max(highest, edgeCost[e]);
        }
        if (edgeCount == 0 || highest - lowest > edgeCount + 1024L) {
            return null;
        }
        int[] next = new int[(int) (highest - lowest) + 2];
        for (int e = 0; e < edgeCount; e++) {
            next[(int) (edgeCost[e] - lowest) + 1]++;
        }
        for (int c = 1; c < next.length; c++) {
            next[c] += next[c - 1];
        }
        int[] order = new int[edgeCount];
        for (int e = 0; e < edgeCount; e++) {
            order[next[(int) (edgeCost[e] - lowest)]++] = e;
        }
        return order;
    }

    /**
     * Orders each group of {@code edges} by cost as {@link #byCost} would, for costs spread too
     * wide to count. A cost is at most 2^32 (twice the score bound), so cost and edge make one
     * key, compared without sign.
     */
    private void sortByCost(int[] edges, int[] first) {
        long[] keys = new long[0];
        for (int v = 0; v + 1 < first.length; v++) {
            int from = first[v];
            int size = first[v + 1] - from;
            if (keys.length < size) {
                keys = new long[Math.max(size, 2 * keys.length)];
            }
            for (int k = 0; k < size; k++) {
                int e = edges[from + k];
                keys[k] = (edgeCost[e] << 31 | e) ^ Long.MIN_VALUE;
            }
            Arrays.sort(keys, 0, size);
            for (int k = 0; k < size; k++) {
                edges[from + k] = (int) (keys[k] & Integer.MAX_VALUE);
            }
        }
    }

    /**
     * Edges grouped by endpoint, within a group in the order of {@code order} (input order when
     * null): a counting sort, so it is deterministic.
     */
    private int[] adjacency(int[] endpoint, int[] first, int[] order) {
        for (int e = 0; e < edgeCount; e++) {
            first[endpoint[e] + 1]++;
        }
        for (int v = 1; v < first.length; v++) {
            first[v] += first[v - 1];
        }
        int[] next = Arrays.copyOf(first, first.length - 1);
        int[] edges = new int[edgeCount];
        for (int k = 0; k < edgeCount; k++) {
            int e = order == null ? k : order[k];
            edges[next[endpoint[e]]++] = e;
        }
        return edges;
    }

    /**
     * Whether this network has every edge of {@code earlier}, with the same ends and costs and
     * in the same places, over the same people with the same capacities and score bound, so
     * that {@code earlier}'s flow is a flow here too.
     */
    boolean extendsNetwork(ResidualNetwork earlier) {
        if (earlier.leftIsMentee != leftIsMentee || earlier.edgeCount > edgeCount || earlier.scoreBound != scoreBound
                || !Arrays.equals(earlier.leftCapacity, leftCapacity) || !Arrays.equals(earlier.rightCapacity, rightCapacity)) {
            return false;
        }
        for (int e = 0; e < earlier.edgeCount; e++) {
            if (earlier.edgeLeft[e] != edgeLeft[e] || earlier.edgeRight[e] != edgeRight[e] || earlier.edgeCost[e] != edgeCost[e]) {
                return false;
            }
        }
        return true;
    }

    /** Takes {@code earlier}'s flow and potentials, which {@link #extendsNetwork} must allow; the edges after its own carry no flow. */
    void takeFlowOf(ResidualNetwork earlier) {
        for (int e = 0; e < earlier.edgeCount; e++) {
            use(e, earlier.carries(e));
        }
        System.arraycopy(earlier.unmatchedUnits, 0, unmatchedUnits, 0, leftCount);
        System.arraycopy(earlier.load, 0, load, 0, rightCount);
        System.arraycopy(earlier.potential, 0, potential, 0, potential.length);
    }

    /** Whether edge {@code e} carries a unit. */
    boolean carries(int e) {
        return leftUsed[leftSlot[e]];
    }

    /** Sets whether edge {@code e} carries a unit. */
    void use(int e, boolean carries) {
        int slot = leftSlot[e];
        if (leftUsed[slot] != carries) {
            int left = edgeLeft[e];
            int first = carriedFirst[left];
            if (carries) {
                carried[first + carriedCount[left]++] = slot;
            } else {
                int last = first + --carriedCount[left];
                int at = first;
                while (carried[at] != slot) {
                    at++;
                }
                carried[at] = carried[last];
            }
        }
        leftUsed[slot] = carries;
        rightUsed[rightSlot[e]] = carries;
        int right = edgeRight[e];
        long state = sole[2 * right];
        if (state != SHARED) {
            if (carries) {
                sole[2 * right] = (long) edgeLeft[e] << 32 | e;
                sole[2 * right + 1] = edgeCost[e];
            } else if (state >= 0 && (int) state == e) {
                sole[2 * right] = FREE;
            }
        }
    }

    /** Whether right node {@code right} has a seat left. */
    boolean hasFreeSeat(int right) {
        long state = sole[2 * right];
        return state == FREE || state == SHARED && load[right] < rightCapacity[right];
    }

    boolean isLeft(int node) {
        return node < leftCount;
    }

    int rightNode(int right) {
        return leftCount + right;
    }

    /** Units of left node {@code left} that currently travel along a pair. */
    int matchedUnits(int left) {
        int units = 0;
        for (int i = leftFirst[left]; i < leftFirst[left + 1]; i++) {
            units += leftUsed[i] ? 1 : 0;
        }
        return units;
    }
}
