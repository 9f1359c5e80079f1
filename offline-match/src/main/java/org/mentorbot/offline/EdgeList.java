package org.mentorbot.offline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * EDGES.csv: the only pairs allowed, one {@code mentee_id,mentor_id,score} per line, scores whole
 * numbers. Blank lines and a first line {@code mentee_id,mentor_id,score} are skipped. An edge
 * from a person to themself (someone who is both mentor and mentee) is dropped with a warning,
 * because nobody is paired with themself; any other problem is an error naming the line.
 */
final class EdgeList {

    private static final String HEADER = "mentee_id,mentor_id,score";

    private final Path file;
    private final Map<String, Integer> mentees;
    private final Map<String, Integer> mentors;
    private final Map<String, String> roles;
    private int[] mentee = new int[1024];
    private int[] mentor = new int[1024];
    private int[] score = new int[1024];
    private long[] lineOf = new long[1024];
    private int size;
    private int selfEdges;

    /**
     * @param mentees index of every mentee (or both) by roster id
     * @param mentors index of every mentor (or both) by roster id
     * @param roles   every roster id's role, for messages
     */
    EdgeList(Path file, Map<String, Integer> mentees, Map<String, Integer> mentors, Map<String, String> roles) {
        this.file = file;
        this.mentees = mentees;
        this.mentors = mentors;
        this.roles = roles;
    }

    EdgeList read() throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, 0, "no such file");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                String trimmed = text.strip();
                if (!trimmed.isEmpty() && !(line == 1 && trimmed.replace(" ", "").equalsIgnoreCase(HEADER))) {
                    parse(trimmed, line);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, 0, "cannot read: " + e.getMessage());
        }
        rejectDuplicates();
        return this;
    }

    private void parse(String text, long line) throws BadInputException {
        int first = text.indexOf(',');
        int second = first < 0 ? -1 : text.indexOf(',', first + 1);
        if (second < 0 || text.indexOf(',', second + 1) >= 0) {
            throw new BadInputException(file, line, "expected mentee_id,mentor_id,score but got \"" + text + "\"");
        }
        String menteeId = text.substring(0, first).strip();
        String mentorId = text.substring(first + 1, second).strip();
        int points = points(text.substring(second + 1).strip(), line);
        int menteeIndex = index(mentees, menteeId, "mentee", line);
        int mentorIndex = index(mentors, mentorId, "mentor", line);
        if (menteeId.equals(mentorId)) {
            selfEdges++;
            return;
        }
        add(menteeIndex, mentorIndex, points, line);
    }

    private int points(String text, long line) throws BadInputException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, line, "score must be a whole number, was \"" + text + "\"");
        }
    }

    private int index(Map<String, Integer> side, String id, String wanted, long line) throws BadInputException {
        Integer index = side.get(id);
        if (index != null) {
            return index;
        }
        String role = roles.get(id);
        throw new BadInputException(file, line, role == null
                ? "unknown " + wanted + " id \"" + id + "\" (not in the roster)"
                : "\"" + id + "\" is not a " + wanted + " (role " + role + ")");
    }

    private void add(int menteeIndex, int mentorIndex, int points, long line) {
        if (size == mentee.length) {
            mentee = Arrays.copyOf(mentee, size * 2);
            mentor = Arrays.copyOf(mentor, size * 2);
            score = Arrays.copyOf(score, size * 2);
            lineOf = Arrays.copyOf(lineOf, size * 2);
        }
        mentee[size] = menteeIndex;
        mentor[size] = mentorIndex;
        score[size] = points;
        lineOf[size] = line;
        size++;
    }

    /** The same pair twice would be ambiguous about its score; report the second occurrence. */
    private void rejectDuplicates() throws BadInputException {
        long width = Math.max(1, mentors.size());
        long[] keys = new long[size];
        for (int e = 0; e < size; e++) {
            keys[e] = mentee[e] * width + mentor[e];
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] == sorted[k - 1]) {
                throw duplicate(keys, sorted[k]);
            }
        }
    }

    private BadInputException duplicate(long[] keys, long key) {
        long firstLine = 0;
        for (int e = 0; e < size; e++) {
            if (keys[e] == key && firstLine > 0) {
                return new BadInputException(file, lineOf[e], "the same mentee and mentor again (first on line " + firstLine + ")");
            }
            firstLine = keys[e] == key ? lineOf[e] : firstLine;
        }
        throw new IllegalStateException("duplicate key not found again");
    }

    int size() {
        return size;
    }

    int[] mentees() {
        return mentee;
    }

    int[] mentors() {
        return mentor;
    }

    int[] scores() {
        return score;
    }

    /** How many lines paired a person with themself and were dropped. */
    int selfEdges() {
        return selfEdges;
    }
}
