package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct value a dense number in order of first appearance, and back. */
final class Dictionary<T> {

    private final Map<T, Integer> ids = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int intern(T value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        ids.put(value, values.size());
        values.add(value);
        return values.size() - 1;
    }

    /** The number of {@code value}, or -1 when it was never interned. */
    int find(T value) {
        return ids.getOrDefault(value, -1);
    }

    T value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    List<T> values() {
        return values;
    }
}
