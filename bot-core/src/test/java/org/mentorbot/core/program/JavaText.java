package org.mentorbot.core.program;

/**
 * Just enough reading of Java source text to find the expressions given as arguments: comments,
 * string and character literals (text blocks too) and bracket depth. Not a parser: generic
 * type arguments, for one, are not told apart from comparisons.
 */
final class JavaText {

    private JavaText() {
    }

    /** The source with every comment replaced by spaces, line breaks kept so that line numbers stay right. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
                blank(out, source, i, end);
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                blank(out, source, i, end);
            } else {
                end = isQuote(source.charAt(i)) ? literalEnd(source, i) : i + 1;
                out.append(source, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** The {@code index}-th argument of the call whose argument list starts at {@code from}, or null if it has fewer. */
    static String argument(String code, int from, int index) {
        int start = from;
        int argument = 0;
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (isQuote(c)) {
                i = literalEnd(code, i) - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                if (argument == index) {
                    return code.substring(start, i).strip();
                }
                if (c == ')') {
                    return null;
                }
                argument++;
                start = i + 1;
            }
        }
        return null;
    }

    /** The rest of the statement that goes on at {@code from}: up to its semicolon. */
    static String statement(String code, int from) {
        int end = topLevel(code, ';', from);
        return end < 0 ? null : code.substring(from, end).strip();
    }

    /** Where {@code wanted} first stands outside literals and brackets, from {@code from} on; -1 if nowhere. */
    static int topLevel(String code, char wanted, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (isQuote(c)) {
                i = literalEnd(code, i) - 1;
            } else if (c == wanted && depth == 0) {
                return i;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return -1;
    }

    static String withoutOuterParentheses(String expression) {
        String inner = expression;
        while (inner.startsWith("(") && topLevel(inner, ')', 1) == inner.length() - 1) {
            inner = inner.substring(1, inner.length() - 1).strip();
        }
        return inner;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Just past the string, text block or character literal that opens at {@code start}. */
    private static int literalEnd(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    private static void blank(StringBuilder out, String source, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
    }
}
