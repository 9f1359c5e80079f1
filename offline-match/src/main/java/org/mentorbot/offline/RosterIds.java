package org.mentorbot.offline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.Role;

/**
 * The roster's ids, found by their UTF-8 bytes as they stand in a file, so that an edge list of
 * millions of lines is resolved without making a string or a boxed index per line. Each id knows
 * its position among the mentees and among the mentors (-1 where it has none) and its role.
 * An open-addressing table over one pool of id bytes; ids are unique (the roster reader made sure).
 */
final class RosterIds {

    private final byte[] pool;
    private final int[] start;
    private final int[] slots;
    private final int[] menteeIndex;
    private final int[] mentorIndex;
    private final Role[] roles;
    private final int mentees;
    private final int mentors;

    RosterIds(List<Participant> roster) {
        int size = roster.size();
        byte[][] ids = new byte[size][];
        start = new int[size + 1];
        menteeIndex = new int[size];
        mentorIndex = new int[size];
        roles = new Role[size];
        int menteeCount = 0;
        int mentorCount = 0;
        for (int k = 0; k < size; k++) {
            Participant person = roster.get(k);
            ids[k] = person.id().value().getBytes(StandardCharsets.UTF_8);
            start[k + 1] = start[k] + ids[k].length;
            roles[k] = person.profile().role();
            menteeIndex[k] = roles[k].isMentored() ? menteeCount++ : -1;
            mentorIndex[k] = roles[k].mentors() ? mentorCount++ : -1;
        }
        mentees = menteeCount;
        mentors = mentorCount;
        pool = new byte[start[size]];
        for (int k = 0; k < size; k++) {
            System.arraycopy(ids[k], 0, pool, start[k], ids[k].length);
        }
        slots = new int[Integer.highestOneBit(Math.max(1, size) * 2) * 2];
        Arrays.fill(slots, -1);
        for (int k = 0; k < size; k++) {
            int slot = hash(pool, start[k], start[k + 1]) & (slots.length - 1);
            while (slots[slot] >= 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k;
        }
    }

    /** The roster position of the id spelled by {@code bytes[from, to)}, or -1. */
    int find(byte[] bytes, int from, int to) {
        int slot = hash(bytes, from, to) & (slots.length - 1);
        for (int k = slots[slot]; k >= 0; k = slots[slot]) {
            if (Arrays.equals(pool, start[k], start[k + 1], bytes, from, to)) {
                return k;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    int find(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length);
    }

    /** The position among the mentees (people with role mentee or both), or -1. */
    int menteeIndex(int position) {
        return menteeIndex[position];
    }

    /** The position among the mentors (people with role mentor or both), or -1. */
    int mentorIndex(int position) {
        return mentorIndex[position];
    }

    Role role(int position) {
        return roles[position];
    }

    int menteeCount() {
        return mentees;
    }

    int mentorCount() {
        return mentors;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int k = from; k < to; k++) {
            h = 31 * h + bytes[k];
        }
        h = (h ^ (h >>> 16)) * 0x85EBCA6B;
        h = (h ^ (h >>> 13)) * 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
