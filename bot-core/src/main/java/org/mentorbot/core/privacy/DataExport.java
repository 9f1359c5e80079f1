package org.mentorbot.core.privacy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the program holds about one person, as a JSON document they can keep: their
 * profile, their pairings, their check-in answers and their feedback.
 */
public final class DataExport {

    private DataExport() {
    }

    /** A JSON object from ordered entries; values may be strings, numbers, booleans, lists, maps or null. */
    public static String json(Map<String, ?> object) {
        StringBuilder out = new StringBuilder();
        write(object, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            String indent = "  ".repeat(depth + 1);
            out.append("{\n");
            out.append(map.entrySet().stream().map(e -> {
                StringBuilder entry = new StringBuilder(indent).append(quote(String.valueOf(e.getKey()))).append(": ");
                write(e.getValue(), entry, depth + 1);
                return entry.toString();
            }).collect(Collectors.joining(",\n")));
            out.append('\n').append("  ".repeat(depth)).append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(list.get(i), out, depth + 1);
            }
            out.append(']');
        } else {
            out.append(quote(String.valueOf(value)));
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
