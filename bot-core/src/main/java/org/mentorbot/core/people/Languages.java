package org.mentorbot.core.people;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The languages people can meet in, as ISO 639-1 codes, so that "English", "english", "en-GB"
 * and "en" are one language to matching. A language is recognised by its two-letter code, its
 * three-letter code, its English name or its own name ("Deutsch", "español", accents optional);
 * a tag with a region or script ({@code de-DE}, {@code pt_BR}, {@code zh-Hant}) is its language,
 * and a withdrawn code ({@code iw}, {@code in}, {@code ji}) is its current one.
 */
public final class Languages {

    private static final Pattern TAG = Pattern.compile("([a-z]{2,3})(?:[-_][a-z0-9]{2,8})+");
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\(.*\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Map<String, String> CODES = codes();

    private Languages() {
    }

    /** The ISO 639-1 code of what a person typed, or empty when it names no language with such a code. */
    public static Optional<String> code(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String clean = plain(typed);
        String code = CODES.get(clean);
        if (code == null && TAG.matcher(clean).matches()) {
            code = CODES.get(clean.split("[-_]")[0]);
        }
        if (code == null && QUALIFIER.matcher(clean).find()) {
            code = CODES.get(QUALIFIER.matcher(clean).replaceFirst(""));
        }
        return Optional.ofNullable(code);
    }

    /**
     * Each language as its code, repeats dropped, order kept. What names no known language is kept
     * as typed (trimmed, lower-case), so that nothing stored is lost; forms refuse such entries first.
     * A stored profile's languages are codes already, and are looked up as they are.
     */
    public static List<String> normalise(List<String> languages) {
        List<String> plain = Profile.normalise(languages);
        if (areCodes(plain)) {
            return plain;
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String language : plain) {
            kept.add(code(language).orElse(language));
        }
        return List.copyOf(kept);
    }

    private static boolean areCodes(List<String> languages) {
        for (String language : languages) {
            if (!language.equals(CODES.get(language))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lower case, runs of white space as one space, accents dropped. It runs for every language of
     * every person read, so the patterns are compiled once, and text that is all ASCII, which
     * decomposition leaves as it is, skips it.
     */
    private static String plain(String text) {
        String lower = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return lower.chars().allMatch(c -> c < 0x80) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>(Map.of("iw", "he", "in", "id", "ji", "yi"));
        String[] iso = Arrays.stream(Locale.getISOLanguages()).filter(c -> !codes.containsKey(c)).toArray(String[]::new);
        for (String code : iso) {
            codes.put(code, code);
        }
        for (String code : iso) {
            Locale language = new Locale(code);
            try {
                codes.putIfAbsent(language.getISO3Language(), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // the two-letter code and the names still name it
            }
        }
        for (String code : iso) {
            Locale language = new Locale(code);
            putName(codes, language.getDisplayLanguage(Locale.ENGLISH), code);
        }
        for (String code : iso) {
            Locale language = new Locale(code);
            putName(codes, language.getDisplayLanguage(language), code);
        }
        Map.of("ger", "de", "fre", "fr", "dut", "nl", "chi", "zh", "farsi", "fa", "mandarin", "zh").forEach(codes::putIfAbsent);
        return Map.copyOf(codes);
    }

    private static void putName(Map<String, String> codes, String name, String code) {
        String clean = plain(name);
        if (!clean.isEmpty() && !clean.equals(code)) {
            codes.putIfAbsent(clean, code);
        }
    }
}
