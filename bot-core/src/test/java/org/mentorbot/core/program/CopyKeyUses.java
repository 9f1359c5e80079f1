package org.mentorbot.core.program;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the main sources name copy keys, read from the Java files as text: at each call that takes
 * a key, the expression given for it is a key ({@code "join.title"}), the prefix of a key built at
 * run time ({@code "role." + role.wireName()}), or a key made elsewhere and handed on
 * ({@code reason.key()}). Comments are skipped; a condition's two outcomes are read as two uses.
 */
final class CopyKeyUses {

    /**
     * A call that takes a copy key as its {@code argument}-th argument, in the files whose path
     * (from the root) matches {@code files}; a pattern that does not end in {@code (} is an
     * assignment, whose key is the rest of the statement.
     */
    record KeyArgument(String files, Pattern call, int argument) {

        static KeyArgument anywhere(String call) {
            return new KeyArgument(".*", Pattern.compile(call), 0);
        }

        static KeyArgument in(String files, String call, int argument) {
            return new KeyArgument(files, Pattern.compile(call), argument);
        }
    }

    enum Kind { KEY, PREFIX, HANDED_ON, UNREADABLE }

    /** One use: a key, a prefix, or the expression that hands a key on, with the module and line it is in. */
    record Use(String module, String file, int line, Kind kind, String text) {

        String where() {
            return file + ":" + line;
        }

        /** The file's name and the expression, as the test's table of handed-on keys names them. */
        String handOn() {
            return file.substring(file.lastIndexOf('/') + 1) + ": " + text;
        }
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PREFIX = Pattern.compile("^\"([^\"\\\\]*)\"\\s*\\+.*", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile("^[A-Z][\\w.]*(<.*>)?\\s+\\w+$");

    private CopyKeyUses() {
    }

    static List<Use> find(Path root, List<String> modules, List<KeyArgument> calls) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Map.Entry<String, String> file : sources(root, modules).entrySet()) {
            String module = file.getKey().substring(0, file.getKey().indexOf('/'));
            calls.stream().filter(c -> file.getKey().matches(c.files()))
                    .forEach(c -> uses.addAll(usesIn(module, file.getKey(), file.getValue(), c)));
        }
        return uses;
    }

    /** The main Java sources of the modules, comments left out, by path from the root. */
    private static Map<String, String> sources(Path root, List<String> modules) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (String module : modules) {
            Path main = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.put(root.relativize(file).toString().replace('\\', '/'),
                            JavaText.withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return sources;
    }

    /** Each field, parameter or variable of one of the copy types whose name is not {@code copy}, as file:line name. */
    static List<String> copiesNamedOtherwise(Path root, List<String> modules, List<String> copyTypes) throws IOException {
        Pattern declared = Pattern.compile("\\b(?:" + String.join("|", copyTypes) + ")\\s+(\\w+)\\s*[;,)=]");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> file : sources(root, modules).entrySet()) {
            Matcher at = declared.matcher(file.getValue());
            while (at.find()) {
                if (!at.group(1).equals("copy")) {
                    found.add(file.getKey() + ":" + lineOf(file.getValue(), at.start()) + " " + at.group(1));
                }
            }
        }
        return found;
    }

    private static List<Use> usesIn(String module, String file, String code, KeyArgument call) {
        List<Use> uses = new ArrayList<>();
        Matcher at = call.call().matcher(code);
        while (at.find()) {
            String expression = call.call().pattern().endsWith("(")
                    ? JavaText.argument(code, at.end(), call.argument())
                    : JavaText.statement(code, at.end());
            if (expression == null || DECLARATION.matcher(expression).matches()) {
                continue;
            }
            int line = lineOf(code, at.start());
            read(expression).forEach(k -> uses.add(new Use(module, file, line, k.kind(), k.text())));
        }
        return uses;
    }

    private static int lineOf(String code, int index) {
        return (int) code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private record Read(Kind kind, String text) {
    }

    private static List<Read> read(String given) {
        String expression = JavaText.withoutOuterParentheses(given.strip());
        if (LITERAL.matcher(expression).matches()) {
            return List.of(new Read(Kind.KEY, expression.substring(1, expression.length() - 1)));
        }
        int question = JavaText.topLevel(expression, '?', 0);
        int colon = question < 0 ? -1 : JavaText.topLevel(expression, ':', question + 1);
        if (colon > 0) {
            List<Read> both = new ArrayList<>(read(expression.substring(question + 1, colon)));
            both.addAll(read(expression.substring(colon + 1)));
            return both;
        }
        Matcher prefix = PREFIX.matcher(expression);
        if (prefix.matches()) {
            return List.of(new Read(Kind.PREFIX, prefix.group(1)));
        }
        return List.of(new Read(expression.contains("\"") ? Kind.UNREADABLE : Kind.HANDED_ON, expression));
    }
}
