package org.mentorbot.offline;

import java.util.Arrays;

/**
 * The file line of each edge, for error messages, without a number per edge: edges mostly sit
 * on consecutive lines, so only where that run breaks (a blank line, a header, a dropped
 * self-edge) is the pair (edge, line) kept, and every other edge's line follows from the last
 * break before it.
 */
final class EdgeLines {

    private int[] edgeAt = new int[16];
    private long[] lineAt = new long[16];
    private int breaks;
    private long nextLine = -1;

    /** Edge {@code edge} (numbered from 0, in order) is on line {@code line}. */
    void record(int edge, long line) {
        if (line != nextLine) {
            if (breaks == edgeAt.length) {
                edgeAt = Arrays.copyOf(edgeAt, breaks * 2);
                lineAt = Arrays.copyOf(lineAt, breaks * 2);
            }
            edgeAt[breaks] = edge;
            lineAt[breaks] = line;
            breaks++;
        }
        nextLine = line + 1;
    }

    long lineOf(int edge) {
        int at = Arrays.binarySearch(edgeAt, 0, breaks, edge);
        int start = at >= 0 ? at : -at - 2;
        return lineAt[start] + (edge - edgeAt[start]);
    }
}
