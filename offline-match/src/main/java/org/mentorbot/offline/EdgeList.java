package org.mentorbot.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mentorbot.core.matching.PairList;

/**
 * EDGES.csv: the only pairs allowed, one {@code mentee_id,mentor_id,score} per line, scores whole
 * numbers. Blank lines and a first line {@code mentee_id,mentor_id,score} are skipped. An edge
 * from a person to themself (someone who is both mentor and mentee) is dropped with a warning,
 * because nobody is paired with themself; any other problem is an error naming the line. The
 * edges are a {@link PairList}.
 *
 * <p>Files of millions of lines are read as bytes: a plain ASCII line is split, trimmed, looked up
 * and its score parsed where it lies, with no string made. Any other line (the first, one with
 * other characters, one that is wrong) goes the slow way, as text, which also words the error.
 * Lines end as {@link java.io.BufferedReader#readLine()} ends them: at {@code \n}, {@code \r} or
 * {@code \r\n}.
 */
final class EdgeList {

    private static final String HEADER = "mentee_id,mentor_id,score";
    private static final int CHUNK = 1 << 16;

    private final Path file;
    private final RosterIds ids;
    private final PairList pairs = new PairList();
    private final EdgeLines lines = new EdgeLines();
    private int selfEdges;
    private byte[] lastMenteeId = new byte[64];
    private int lastMenteeLength = -1;
    private int lastMentee = -1;

    EdgeList(Path file, RosterIds ids) {
        this.file = file;
        this.ids = ids;
    }

    EdgeList read() throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            scan(in);
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage());
        }
        rejectDuplicates();
        return this;
    }

    private void scan(InputStream in) throws IOException, BadInputException {
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        long line = 0;
        boolean afterReturn = false;
        for (int read = in.read(buffer, 0, buffer.length); read >= 0 || filled > 0; read = in.read(buffer, filled, buffer.length - filled)) {
            int end = filled + Math.max(read, 0);
            int from = 0;
            if (afterReturn && end > 0 && buffer[0] == '\n') {
                from = 1;
            }
            afterReturn = false;
            int at = from;
            while (at < end) {
                byte b = buffer[at];
                if (b == '\n' || b == '\r') {
                    line(buffer, from, at, ++line);
                    if (b == '\r' && at + 1 < end && buffer[at + 1] == '\n') {
                        at++;
                    } else if (b == '\r' && at + 1 == end) {
                        afterReturn = true;
                    }
                    from = ++at;
                } else {
                    at++;
                }
            }
            if (read < 0) {
                if (from < end) {
                    line(buffer, from, end, ++line);
                }
                return;
            }
            filled = end - from;
            System.arraycopy(buffer, from, buffer, 0, filled);
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
    }

    /** One line, {@code bytes[from, to)} without its end. */
    private void line(byte[] bytes, int from, int to, long line) throws BadInputException {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        if (from == to && line > 1) {
            return;
        }
        if (line == 1 || !parsedAsAscii(bytes, from, to, line)) {
            parseText(decode(bytes, from, to), line);
        }
    }

    /** The common line, parsed in place; false when it is anything else, for {@link #parseText} to handle or report. */
    private boolean parsedAsAscii(byte[] bytes, int from, int to, long line) {
        int first = -1;
        int second = -1;
        for (int k = from; k < to; k++) {
            byte b = bytes[k];
            if (b < 0) {
                return false;
            }
            if (b == ',') {
                if (second >= 0) {
                    return false;
                }
                if (first < 0) {
                    first = k;
                } else {
                    second = k;
                }
            }
        }
        if (second < 0) {
            return false;
        }
        long points = wholeNumber(bytes, second + 1, to);
        int mentee = lookUpMentee(bytes, from, first);
        int mentor = lookUp(bytes, first + 1, second);
        if (points == Long.MIN_VALUE || mentee < 0 || mentor < 0 || ids.menteeIndex(mentee) < 0 || ids.mentorIndex(mentor) < 0) {
            return false;
        }
        if (mentee == mentor) {
            selfEdges++;
        } else {
            add(ids.menteeIndex(mentee), ids.mentorIndex(mentor), (int) points, line);
        }
        return true;
    }

    /** Like {@link #lookUp}, but a mentee's lines mostly come one after the other, so the last one found is tried first. */
    private int lookUpMentee(byte[] bytes, int from, int to) {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        int length = to - from;
        if (length == lastMenteeLength && Arrays.equals(bytes, from, to, lastMenteeId, 0, length)) {
            return lastMentee;
        }
        int found = ids.find(bytes, from, to);
        if (found >= 0) {
            if (lastMenteeId.length < length) {
                lastMenteeId = new byte[length];
            }
            System.arraycopy(bytes, from, lastMenteeId, 0, length);
            lastMenteeLength = length;
            lastMentee = found;
        }
        return found;
    }

    private int lookUp(byte[] bytes, int from, int to) {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        while (to > from && isSpace(bytes[to - 1])) {
            to--;
        }
        return ids.find(bytes, from, to);
    }

    /** The int in {@code bytes[from, to)} (spaces around it allowed, a sign too), or Long.MIN_VALUE when there is none. */
    private static long wholeNumber(byte[] bytes, int from, int to) {
        while (from < to && isSpace(bytes[from])) {
            from++;
        }
        boolean negative = from < to && bytes[from] == '-';
        if (from < to && (bytes[from] == '-' || bytes[from] == '+')) {
            from++;
        }
        if (from == to || to - from > 10) {
            return Long.MIN_VALUE;
        }
        long value = 0;
        for (int k = from; k < to; k++) {
            int digit = bytes[k] - '0';
            if (digit < 0 || digit > 9) {
                return Long.MIN_VALUE;
            }
            value = value * 10 + digit;
        }
        value = negative ? -value : value;
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? Long.MIN_VALUE : value;
    }

    private static boolean isSpace(byte b) {
        return b >= 0 && b <= ' ' && Character.isWhitespace(b);
    }

    private String decode(byte[] bytes, int from, int to) throws BadInputException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** A line as text: skipped when blank or the header, else an edge or the error that says what is wrong with it. */
    private void parseText(String line, long number) throws BadInputException {
        String text = line.strip();
        if (text.isEmpty() || (number == 1 && text.replace(" ", "").equalsIgnoreCase(HEADER))) {
            return;
        }
        int first = text.indexOf(',');
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        if (second < 0 || text.indexOf(',', second + 1) >= 0) {
            throw new BadInputException(file, number, "expected mentee_id,mentor_id,score but got \"" + text + "\"");
        }
        String menteeId = text.substring(0, first).strip();
        String mentorId = text.substring(first + 1, second).strip();
        int points = points(text.substring(second + 1).strip(), number);
        int mentee = index(menteeId, true, number);
        int mentor = index(mentorId, false, number);
        if (menteeId.equals(mentorId)) {
            selfEdges++;
            return;
        }
        add(ids.menteeIndex(mentee), ids.mentorIndex(mentor), points, number);
    }

    private int points(String text, long line) throws BadInputException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, line, "score must be a whole number, was \"" + text + "\"");
        }
    }

    private int index(String id, boolean mentee, long line) throws BadInputException {
        int position = ids.find(id);
        String wanted = mentee ? "mentee" : "mentor";
        if (position < 0) {
            throw new BadInputException(file, line, "unknown " + wanted + " id \"" + id + "\" (not in the roster)");
        }
        if ((mentee ? ids.menteeIndex(position) : ids.mentorIndex(position)) < 0) {
            throw new BadInputException(file, line, "\"" + id + "\" is not a " + wanted + " (role " + ids.role(position).wireName() + ")");
        }
        return position;
    }

    private void add(int menteeIndex, int mentorIndex, int points, long line) {
        lines.record(pairs.size(), line);
        pairs.add(menteeIndex, mentorIndex, points);
    }

    /**
     * The same pair twice would be ambiguous about its score. Edges are grouped by mentee (a
     * counting sort) and each group checked against a stamp per mentor; the pair reported is the
     * lowest duplicated (mentee, mentor), at its second occurrence in the file.
     */
    private void rejectDuplicates() throws BadInputException {
        int edges = pairs.size();
        int[] mentee = pairs.mentees();
        int[] mentor = pairs.mentors();
        int[] first = new int[ids.menteeCount() + 1];
        for (int e = 0; e < edges; e++) {
            first[mentee[e] + 1]++;
        }
        for (int i = 0; i < ids.menteeCount(); i++) {
            first[i + 1] += first[i];
        }
        int[] next = Arrays.copyOf(first, ids.menteeCount());
        int[] byMentee = new int[edges];
        for (int e = 0; e < edges; e++) {
            byMentee[next[mentee[e]]++] = e;
        }
        int[] stamp = new int[ids.mentorCount()];
        Arrays.fill(stamp, -1);
        for (int i = 0; i < ids.menteeCount(); i++) {
            int lowest = Integer.MAX_VALUE;
            for (int k = first[i]; k < first[i + 1]; k++) {
                int m = mentor[byMentee[k]];
                if (stamp[m] == i) {
                    lowest = Math.min(lowest, m);
                }
                stamp[m] = i;
            }
            if (lowest < Integer.MAX_VALUE) {
                throw duplicate(byMentee, first[i], first[i + 1], lowest);
            }
        }
    }

    private BadInputException duplicate(int[] byMentee, int from, int to, int m) {
        long firstLine = 0;
        for (int k = from; k < to; k++) {
            int e = byMentee[k];
            if (pairs.mentors()[e] == m && firstLine > 0) {
                return new BadInputException(file, lines.lineOf(e), "the same mentee and mentor again (first on line " + firstLine + ")");
            }
            firstLine = pairs.mentors()[e] == m && firstLine == 0 ? lines.lineOf(e) : firstLine;
        }
        throw new IllegalStateException("duplicate pair not found again");
    }

    /** The edges read, in file order, as mentee and mentor indexes and scores. */
    PairList pairs() {
        return pairs;
    }

    /** How many lines paired a person with themself and were dropped. */
    int selfEdges() {
        return selfEdges;
    }
}
