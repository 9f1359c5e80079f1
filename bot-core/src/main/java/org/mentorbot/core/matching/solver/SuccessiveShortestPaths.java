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
    private static final int UNKNOWN = -2;
    /** How a node was reached over one of the sink's own residual arcs (a seat, or a unit left unmatched). */
    private static final int FROM_SINK = Integer.MIN_VALUE;

    /** Nodes settled by searches, per node of the network, after which {@link #run} lowers the potentials again. */
    static final long LIFT_AFTER = 4;
    /**
     * How often one {@link #run} lowers the potentials at most. A node that cannot reach the sink
     * falls by the farthest distance each time, so the bound keeps its potential far from overflow.
     */
    static final int MOST_LIFTS = 32;

    private final ResidualNetwork net;
    private final long liftEvery;
    private final long[] distance;
    private final int[] arrivedBy;
    private final int[] settled;
    private int settledCount;
    private final boolean[] isSettled;
    private final RadixHeap heap;
    /** Edges from this index on are not part of the network yet (see {@link #admit}). */
    private int admitted;
    /** The node a search is for: the sink when routing a unit, an edge's left end when admitting the edge. */
    private int target;
    /** A search looks no further than this distance. */
    private long ceiling = Long.MAX_VALUE;
    /**
     * While all supply is routed from scratch, each left node's cheapest pair to a free seat as
     * last found ({@link #NONE} when there was none, {@link #UNKNOWN} before the first look): a
     * seat, once taken, stays taken then, so while that seat is free no cheaper one can have come
     * free, and the pair is still the cheapest; once it is taken, the next is found from there on,
     * not from the first pair again; when there was none, there is none. Null otherwise. (Where a
     * right node has several seats, a pair that stops carrying a unit may lead to a free seat
     * again; a search then finds that seat over the pair's own arc, as it would any other.)
     */
    private int[] cheapestSeat;
    /**
     * No right node's potential is above this. Potentials only fall as units are routed, so the
     * highest at the start of {@link #run} or {@link #admit} bounds them from then on, but for
     * the shift that keeps the sink's potential at 0 while admitting.
     */
    private long rightPotentialCeiling;
    /** Nodes settled by the searches so far: the measure of work done. */
    private long work;
    /**
     * While admitting, the search back from the target over reversed arcs: each node's distance
     * to the target in reduced costs, the next node on its way there and the arc to it (as
     * {@link #arrivedBy} would name it at that next node). Null otherwise.
     */
    private long[] toTarget;
    private int[] towardTarget;
    private int[] leavingBy;
    private boolean[] isSettledBack;
    private int[] settledBack;
    private int settledBackCount;
    private RadixHeap backHeap;
    /** The shortest way to the target found so far by both searches: its length and its arc where they met. */
    private long shortest;
    private int meetingNode;
    private int meetingVia;
    /** The length of the way an admitted edge's search looks for: minus the edge's reduced cost. */
    private long lookedFor;
    /** The nodes on the backward search's way from where the searches met to the target, while the way is joined. */
    private boolean[] onWayBack;

    SuccessiveShortestPaths(ResidualNetwork net) {
        this(net, LIFT_AFTER);
    }

    /** @param liftAfter nodes settled per node of the network after which {@link #run} lowers the potentials */
    SuccessiveShortestPaths(ResidualNetwork net, long liftAfter) {
        this.net = net;
        this.liftEvery = liftAfter * (net.sink + 1L);
        int nodes = net.sink + 1;
        this.distance = new long[nodes];
        this.arrivedBy = new int[nodes];
        this.settled = new int[nodes];
        this.isSettled = new boolean[nodes];
        this.heap = new RadixHeap(nodes, distance);
        Arrays.fill(distance, Long.MAX_VALUE);
        this.admitted = net.edgeCount;
        this.target = net.sink;
    }

    /**
     * Routes all supply, left node by left node in index order. Whenever the searches have
     * settled {@link #LIFT_AFTER} nodes per node of the network since the last time, the
     * potentials are lowered as far as the flow allows ({@link #lowerPotentials}), at most
     * {@link #MOST_LIFTS} times.
     *
     * <p>A search settles the nodes nearer to its start than the sink, in reduced costs, and a
     * node's reduced distance is its true distance less its potential. The lowest potentials
     * are minus each node's true distance to the sink, so just after lowering, a node's reduced
     * distance is how much a path through it costs beyond the cheapest path to the sink: a
     * search then settles little but the nodes on nearly cheapest paths, as an A* search does
     * with an exact estimate. Routing moves the distances, but only near the paths it changed,
     * so the estimate stays good for a while. Lowering costs one search over the whole network;
     * on the shortlists of a 100,000-person round it cut a search's settled nodes by about half.
     */
    void run() {
        rightPotentialCeiling = highestRightPotential();
        cheapestSeat = new int[net.leftCount];
        Arrays.fill(cheapestSeat, UNKNOWN);
        long liftAt = work + liftEvery;
        int lifts = 0;
        for (int left = 0; left < net.leftCount; left++) {
            for (int unit = 0; unit < net.leftCapacity[left]; unit++) {
                if (net.leftFirst[left] == net.leftFirst[left + 1]) {
                    leaveUnmatched(left);
                } else {
                    routeOneUnit(left);
                    if (work > liftAt && lifts < MOST_LIFTS) {
                        lowerPotentials();
                        rightPotentialCeiling = highestRightPotential();
                        liftAt = work + liftEvery;
                        lifts++;
                    }
                }
            }
        }
        cheapestSeat = null;
    }

    /** A left node without pairs: its path is its own "unmatched" arc, and its potential drops to keep that arc tight. */
    private void leaveUnmatched(int left) {
        net.unmatchedUnits[left]++;
        net.potential[left] = -net.unmatchedCost;
    }

    private void routeOneUnit(int source) {
        search(source);
        long total = distance[net.sink];
        reroute(net.sink, source);
        updatePotentialsAndReset(total);
    }

    /** Dijkstra's search from {@code from} until the target is settled, or nothing is left below the ceiling. */
    private void search(int from) {
        distance[from] = 0;
        arrivedBy[from] = NONE;
        heap.offer(from);
        while (!heap.isEmpty()) {
            if (settleForward(heap.poll())) {
                break;
            }
        }
    }

    private long highestRightPotential() {
        long highest = Long.MIN_VALUE;
        for (int node = net.leftCount; node < net.sink; node++) {
            highest = Math.max(highest, net.potential[node]);
        }
        return highest;
    }

    /**
     * Relaxes a left node's arcs. When routing to the sink, the cheapest pair to a right node with
     * a free seat is relaxed first, together with that seat's arc to the sink, so that the sink
     * has a finite distance before the other arcs are looked at and most of them are pruned (while
     * admitting, the target is a left node and the sink a hub to stay away from, so this would
     * only cost a scan of the node's pairs). The pairs come cheapest
     * first, and a pair's reduced cost is at least its cost less the highest right potential:
     * once that reaches the target's distance or the ceiling, no pair after it can be relaxed.
     */
    private void scanLeft(int left) {
        long base = distance[left] + net.potential[left];
        if (target == net.sink) {
            relaxCheapestFreeSeat(left, base);
        }
        long limit = Math.min(distance[target], ceiling);
        long costLimit = limit == Long.MAX_VALUE ? Long.MAX_VALUE : limit - base + rightPotentialCeiling;
        for (int i = net.leftFirst[left], end = net.leftFirst[left + 1]; i < end && net.leftEdgeCost[i] < costLimit; i++) {
            int e = net.leftEdges[i];
            if (!net.leftUsed[i] && e < admitted) {
                int right = net.rightNode(net.leftEdgeRight[i]);
                relax(right, base + net.leftEdgeCost[i] - net.potential[right], e);
            }
        }
        if (net.unmatchedUnits[left] < net.leftCapacity[left]) {
            relax(net.sink, base + net.unmatchedCost - net.potential[net.sink], encodeUnmatched(left));
        }
    }

    private void relaxCheapestFreeSeat(int left, long base) {
        int best = cheapestSeat == null ? UNKNOWN : cheapestSeat[left];
        if (best == UNKNOWN || best != NONE && (net.leftUsed[best] || !net.hasFreeSeat(net.leftEdgeRight[best]))) {
            best = findCheapestFreeSeat(left, best == UNKNOWN ? net.leftFirst[left] : best);
            if (cheapestSeat != null) {
                cheapestSeat[left] = best;
            }
        }
        if (best != NONE) {
            long cheapest = net.leftEdgeCost[best];
            int right = net.rightNode(net.leftEdgeRight[best]);
            if (relax(right, base + cheapest - net.potential[right], net.leftEdges[best])) {
                relax(net.sink, distance[right] + net.potential[right] - net.potential[net.sink], encodeSeat(net.leftEdgeRight[best]));
            }
        }
    }

    /**
     * The place of left node {@code left}'s cheapest pair to a right node with a free seat (the
     * first of equals) from place {@code from} on, or {@link #NONE}: the first such pair, as they
     * come cheapest first.
     */
    private int findCheapestFreeSeat(int left, int from) {
        for (int i = from, end = net.leftFirst[left + 1]; i < end; i++) {
            if (!net.leftUsed[i] && net.leftEdges[i] < admitted && net.hasFreeSeat(net.leftEdgeRight[i])) {
                return i;
            }
        }
        return NONE;
    }

    /** Relaxes a right node's seat arc, if it has a seat left, and the arcs back over the pairs that fill its seats. */
    private void scanRight(int node) {
        int right = node - net.leftCount;
        long base = distance[node] + net.potential[node];
        long sole = net.sole[2 * right];
        if (sole == ResidualNetwork.FREE) {
            relax(net.sink, base - net.potential[net.sink], encodeSeat(right));
            return;
        }
        if (sole != ResidualNetwork.SHARED) {
            int left = (int) (sole >>> 32);
            relax(left, base - net.sole[2 * right + 1] - net.potential[left], (int) sole);
            return;
        }
        if (net.load[right] < net.rightCapacity[right]) {
            relax(net.sink, base - net.potential[net.sink], encodeSeat(right));
        }
        for (int i = net.rightFirst[right], end = net.rightFirst[right + 1]; i < end; i++) {
            if (net.rightUsed[i]) {
                int left = net.rightEdgeLeft[i];
                relax(left, base - net.rightEdgeCost[i] - net.potential[left], net.rightEdges[i]);
            }
        }
    }

    /**
     * Lowers a node's tentative distance. A node no nearer than the best path to the target found
     * so far can never be settled before the target, so it is not queued at all, nor is one at the
     * search's ceiling. A settled node is never lowered: as reduced costs are not negative, it is
     * no farther than the node being scanned, so no farther than any path through it. Returns
     * whether the distance was lowered. While admitting, an arc into a node the backward search
     * has reached also makes a way to the target, kept when it is the shortest yet.
     */
    private boolean relax(int node, long candidate, int via) {
        if (toTarget != null && toTarget[node] != Long.MAX_VALUE && candidate + toTarget[node] < shortest) {
            shortest = candidate + toTarget[node];
            meetingNode = node;
            meetingVia = via;
        }
        if (candidate < distance[target] && candidate < ceiling && candidate < distance[node]) {
            distance[node] = candidate;
            arrivedBy[node] = via;
            heap.offer(node);
            return true;
        }
        return false;
    }

    /**
     * Adds the edges from {@code from} on to a network whose flow is already a min-cost flow of
     * the edges before them, one edge at a time, keeping the flow min-cost. An edge whose reduced
     * cost is not negative joins as it is. Otherwise it closes a negative cycle exactly when the
     * residual network has a path back from its right end to its left end shorter than the
     * edge's reduced cost is negative: the search for that path is Dijkstra's from both ends
     * ({@link #searchBothWays}), no further than that length. The cycle, if there is one, takes
     * the edge's unit; either way the settled nodes' potentials move
     * ({@link #updatePotentialsBothWays}), which leaves every residual arc, the new edge's
     * included, with a non-negative reduced cost. The sink's potential may drift meanwhile (the
     * searches read it), and is brought back to 0 at the end.
     *
     * <p>Gives up, leaving the network unusable, once the searches have settled more than
     * {@code budget} nodes; returns whether every edge was admitted.
     */
    boolean admit(int from, long budget) {
        int nodes = net.sink + 1;
        toTarget = new long[nodes];
        Arrays.fill(toTarget, Long.MAX_VALUE);
        towardTarget = new int[nodes];
        leavingBy = new int[nodes];
        isSettledBack = new boolean[nodes];
        settledBack = new int[nodes];
        backHeap = new RadixHeap(nodes, toTarget);
        onWayBack = new boolean[nodes];
        rightPotentialCeiling = highestRightPotential();
        for (int e = from; e < net.edgeCount; e++) {
            if (work > budget) {
                return false;
            }
            admitted = e;
            admitOne(e);
        }
        admitted = net.edgeCount;
        target = net.sink;
        ceiling = Long.MAX_VALUE;
        long sinkShift = net.potential[net.sink];
        for (int node = 0; node <= net.sink; node++) {
            net.potential[node] -= sinkShift;
        }
        return true;
    }

    private void admitOne(int e) {
        int left = net.edgeLeft[e];
        int right = net.rightNode(net.edgeRight[e]);
        long reduced = net.edgeCost[e] + net.potential[left] - net.potential[right];
        if (reduced >= 0) {
            return;
        }
        target = left;
        lookedFor = -reduced;
        shortest = lookedFor;
        long backward = searchBothWays(right);
        boolean cycle = shortest < lookedFor;
        if (cycle) {
            joinPath(right);
            net.use(e, true);
            net.load[net.edgeRight[e]]++;
            reroute(left, right);
        }
        updatePotentialsBothWays(shortest, backward == Long.MAX_VALUE ? 0 : Math.max(0, shortest - backward));
    }

    /**
     * Searches from {@code from} to the target from both ends at once: forward as {@link #search}
     * does, and backward from the target over reversed arcs, on whichever side has settled fewer
     * nodes, except that a side whose next node is the sink, a hub, gives the turn to the other.
     * Each arc either search looks at may join the two into a way to the target, and the
     * shortest such way is kept; once the nearest nodes left on the two sides are together
     * no nearer than it, no shorter way exists. With so many equal scores, a one-sided search
     * crosses a wide plateau of arcs of zero reduced cost before it meets the target, while the
     * target's own few arcs often lead straight back to where the forward search already is.
     * Looks no further than {@link #lookedFor}. Returns the distance below which the backward
     * search settled every node ({@code Long.MAX_VALUE} when it ran out of nodes).
     */
    private long searchBothWays(int from) {
        distance[from] = 0;
        arrivedBy[from] = NONE;
        heap.offer(from);
        toTarget[target] = 0;
        towardTarget[target] = NONE;
        backHeap.offer(target);
        while (!heap.isEmpty() && !backHeap.isEmpty()) {
            int forwardNext = heap.peek();
            int backNext = backHeap.peek();
            long backward = toTarget[backNext];
            if (distance[forwardNext] + backward >= shortest) {
                return backward;
            }
            boolean forwardTurn = settledCount <= settledBackCount;
            if (forwardTurn ? forwardNext == net.sink && backNext != net.sink : backNext == net.sink && forwardNext != net.sink) {
                forwardTurn = !forwardTurn;
            }
            if (forwardTurn) {
                ceiling = shortest - backward;
                settleForward(heap.poll());
            } else {
                settleBack(backHeap.poll());
            }
        }
        return backHeap.isEmpty() ? Long.MAX_VALUE : toTarget[backHeap.peek()];
    }

    /** Settles {@code node} and relaxes the arcs out of it, unless it is the target: returns whether it is. */
    private boolean settleForward(int node) {
        isSettled[node] = true;
        settled[settledCount++] = node;
        if (node == target) {
            return true;
        } else if (node == net.sink) {
            scanSink();
        } else if (net.isLeft(node)) {
            scanLeft(node);
        } else {
            scanRight(node);
        }
        return false;
    }

    /** Settles {@code node} on the way back to the target and looks at the arcs into it. */
    private void settleBack(int node) {
        isSettledBack[node] = true;
        settledBack[settledBackCount++] = node;
        long base = toTarget[node] - net.potential[node];
        if (node == net.sink) {
            for (int right = 0; right < net.rightCount; right++) {
                if (net.hasFreeSeat(right)) {
                    int from = net.rightNode(right);
                    reachBack(from, base + net.potential[from], encodeSeat(right), node);
                }
            }
            for (int left = 0; left < net.leftCount; left++) {
                if (net.unmatchedUnits[left] < net.leftCapacity[left]) {
                    reachBack(left, base + net.unmatchedCost + net.potential[left], encodeUnmatched(left), node);
                }
            }
        } else if (net.isLeft(node)) {
            for (int k = net.carriedFirst[node], end = k + net.carriedCount[node]; k < end; k++) {
                int i = net.carried[k];
                int from = net.rightNode(net.leftEdgeRight[i]);
                reachBack(from, base - net.leftEdgeCost[i] + net.potential[from], net.leftEdges[i], node);
            }
            if (net.unmatchedUnits[node] > 0) {
                reachBack(net.sink, base - net.unmatchedCost + net.potential[net.sink], FROM_SINK, node);
            }
        } else {
            int right = node - net.leftCount;
            for (int i = net.rightFirst[right], end = net.rightFirst[right + 1]; i < end; i++) {
                if (!net.rightUsed[i] && net.rightEdges[i] < admitted) {
                    int from = net.rightEdgeLeft[i];
                    reachBack(from, base + net.rightEdgeCost[i] + net.potential[from], net.rightEdges[i], node);
                }
            }
            if (net.load[right] > 0) {
                reachBack(net.sink, base + net.potential[net.sink], FROM_SINK, node);
            }
        }
    }

    /**
     * Lowers {@code node}'s distance to the target over its arc {@code via} to {@code next}, and
     * keeps the way through that arc when the forward search has reached {@code node}. Unlike the
     * forward search, this one queues every node below the length searched for: the potentials
     * it moves are only right when it has settled every node nearer than where it stopped.
     */
    private void reachBack(int node, long candidate, int via, int next) {
        if (distance[node] != Long.MAX_VALUE && distance[node] + candidate < shortest) {
            shortest = distance[node] + candidate;
            meetingNode = next;
            meetingVia = via;
        }
        if (candidate < toTarget[node] && candidate < lookedFor) {
            toTarget[node] = candidate;
            towardTarget[node] = next;
            leavingBy[node] = via;
            backHeap.offer(node);
        }
    }

    /**
     * Makes {@link #arrivedBy} name the shortest way from {@code start} to the target: the
     * forward search's way to the arc where the searches met, then the backward search's way on.
     * Where the two share a node, the way is cut short there: the loop between costs nothing, as
     * no way is shorter, and a unit cannot go round it.
     */
    private void joinPath(int start) {
        markWayBack(true);
        int cut = NONE;
        for (int node = previous(meetingNode, meetingVia); ; node = previous(node, arrivedBy[node])) {
            if (onWayBack[node]) {
                cut = node;
            }
            if (node == start) {
                break;
            }
        }
        markWayBack(false);
        int from = cut;
        if (cut == NONE) {
            arrivedBy[meetingNode] = meetingVia;
            from = meetingNode;
        }
        for (int at = from; at != target; at = towardTarget[at]) {
            arrivedBy[towardTarget[at]] = leavingBy[at];
        }
    }

    private void markWayBack(boolean on) {
        for (int at = meetingNode; ; at = towardTarget[at]) {
            onWayBack[at] = on;
            if (at == target) {
                return;
            }
        }
    }

    /** The node that {@code node} was reached from over the arc {@code via}, named as in {@link #arrivedBy}. */
    private int previous(int node, int via) {
        if (via == FROM_SINK) {
            return net.sink;
        } else if (node == net.sink) {
            return via < 0 ? -2 - via : net.rightNode(via - net.edgeCount);
        } else if (net.isLeft(node)) {
            return net.rightNode(net.edgeRight[via]);
        }
        return net.edgeLeft[via];
    }

    /**
     * Moves the potentials after {@link #searchBothWays} found a way of {@code length} to the
     * target (or, when it found none, with the length looked for), keeping every residual arc's
     * reduced cost non-negative and making the way's arcs tight. Take {@code split} at most the
     * forward search's next distance and at least {@code length} less the distance below which
     * the backward search settled every node (the stopping rule leaves room for such a value).
     * A node the forward search settled nearer than {@code split} moves down by how much nearer
     * it is; any other node moves up by how much {@code length} less its distance to the target
     * exceeds {@code split}, which only nodes the backward search settled can. The move, as a
     * function of the node, never grows along an arc by more than the arc's reduced cost, and
     * along a shortest way it grows by exactly that. Then both searches are cleared.
     */
    private void updatePotentialsBothWays(long length, long split) {
        for (int i = 0; i < settledCount; i++) {
            int node = settled[i];
            if (distance[node] < split) {
                net.potential[node] += distance[node] - split;
            }
        }
        for (int i = 0; i < settledBackCount; i++) {
            int node = settledBack[i];
            long up = length - toTarget[node] - split;
            if (up > 0 && !(isSettled[node] && distance[node] < split)) {
                net.potential[node] += up;
                if (!net.isLeft(node) && node != net.sink) {
                    rightPotentialCeiling = Math.max(rightPotentialCeiling, net.potential[node]);
                }
            }
            isSettledBack[node] = false;
            toTarget[node] = Long.MAX_VALUE;
        }
        work += settledBackCount;
        settledBackCount = 0;
        backHeap.clear(Long.MAX_VALUE);
        reset();
    }

    /**
     * Lowers every node's potential as far as the flow's reduced-cost condition allows (the
     * sink's stays 0). The flow is untouched and stays min-cost; what changes is which of its
     * many valid prices it shows: the lowest price for every mentor and the highest threshold
     * for every mentee. These are the same for equal flows however the flow was found.
     *
     * <p>The lowest potentials are minus the shortest distances to the sink over the residual
     * network; one Dijkstra search from the sink over reversed arcs finds them in reduced costs.
     * A node the search cannot reach falls by as much as the farthest node it did reach, which
     * keeps every arc's reduced cost non-negative.
     */
    void lowerPotentials() {
        distance[net.sink] = 0;
        heap.offer(net.sink);
        while (!heap.isEmpty()) {
            int node = heap.poll();
            isSettled[node] = true;
            settled[settledCount++] = node;
            if (node == net.sink) {
                intoSink();
            } else if (net.isLeft(node)) {
                intoLeft(node);
            } else {
                intoRight(node);
            }
        }
        long farthest = 0;
        for (int i = 0; i < settledCount; i++) {
            farthest = Math.max(farthest, distance[settled[i]]);
        }
        for (int node = 0; node < net.sink; node++) {
            net.potential[node] -= isSettled[node] ? distance[node] : farthest;
        }
        reset();
    }

    /** The arcs into the sink: each left node's "unmatched" arc with a unit to spare, each right node's seat arc with a seat free. */
    private void intoSink() {
        for (int left = 0; left < net.leftCount; left++) {
            if (net.unmatchedUnits[left] < net.leftCapacity[left]) {
                reach(left, net.unmatchedCost + net.potential[left] - net.potential[net.sink]);
            }
        }
        for (int right = 0; right < net.rightCount; right++) {
            if (net.load[right] < net.rightCapacity[right]) {
                int node = net.rightNode(right);
                reach(node, net.potential[node] - net.potential[net.sink]);
            }
        }
    }

    /** The arcs into a left node from the sink's side: back over each pair that carries one of its units. */
    private void intoLeft(int left) {
        long base = distance[left] - net.potential[left];
        for (int k = net.carriedFirst[left], end = k + net.carriedCount[left]; k < end; k++) {
            int i = net.carried[k];
            int right = net.rightNode(net.leftEdgeRight[i]);
            reach(right, base - net.leftEdgeCost[i] + net.potential[right]);
        }
    }

    /** The arcs into a right node: each pair to it that carries no unit. */
    private void intoRight(int node) {
        int right = node - net.leftCount;
        long base = distance[node] - net.potential[node];
        for (int i = net.rightFirst[right], end = net.rightFirst[right + 1]; i < end; i++) {
            if (!net.rightUsed[i]) {
                int left = net.rightEdgeLeft[i];
                reach(left, base + net.rightEdgeCost[i] + net.potential[left]);
            }
        }
    }

    /** Lowers a node's distance to the sink, for {@link #lowerPotentials}; as in {@link #relax}, never a settled node's. */
    private void reach(int node, long candidate) {
        if (candidate < distance[node]) {
            distance[node] = candidate;
            heap.offer(node);
        }
    }

    /** The sink's own residual arcs: back to each right node that fills a seat, and to each left node with a unit unmatched. */
    private void scanSink() {
        long base = distance[net.sink] + net.potential[net.sink];
        for (int right = 0; right < net.rightCount; right++) {
            if (net.load[right] > 0) {
                int node = net.rightNode(right);
                relax(node, base - net.potential[node], FROM_SINK);
            }
        }
        for (int left = 0; left < net.leftCount; left++) {
            if (net.unmatchedUnits[left] > 0) {
                relax(left, base - net.unmatchedCost - net.potential[left], FROM_SINK);
            }
        }
    }

    /** Walks the path found back from {@code node} to {@code start}, flipping each arc it used. */
    private void reroute(int node, int start) {
        while (node != start) {
            int via = arrivedBy[node];
            int from = previous(node, via);
            if (via == FROM_SINK) {
                if (net.isLeft(node)) {
                    net.unmatchedUnits[node]--;
                }
            } else if (node == net.sink) {
                if (via < 0) {
                    net.unmatchedUnits[from]++;
                }
            } else {
                net.use(via, !net.isLeft(node));
                net.load[net.edgeRight[via]] += net.isLeft(node) ? -1 : 1;
            }
            node = from;
        }
    }

    /** Arrival at the sink over a left node's "unmatched" arc or a right node's seat arc, told apart by sign. */
    private static int encodeUnmatched(int left) {
        return -2 - left;
    }

    private int encodeSeat(int right) {
        return net.edgeCount + right;
    }

    private void updatePotentialsAndReset(long total) {
        for (int i = 0; i < settledCount; i++) {
            int node = settled[i];
            net.potential[node] += distance[node] - total;
        }
        reset();
    }

    /** Clears what the last search left behind, counting the nodes it settled as work done. */
    private void reset() {
        for (int i = 0; i < settledCount; i++) {
            isSettled[settled[i]] = false;
            distance[settled[i]] = Long.MAX_VALUE;
        }
        work += settledCount;
        settledCount = 0;
        heap.clear(Long.MAX_VALUE);
    }
}
