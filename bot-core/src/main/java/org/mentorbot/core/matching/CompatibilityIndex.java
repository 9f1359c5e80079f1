package org.mentorbot.core.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.mentorbot.core.pairing.MentorMentee;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.WorkingStyle;
import org.mentorbot.core.schedule.WorkingHours;

/**
 * The mentees and mentors of one round turned into numbers, so that every mentor–mentee pair can
 * be scored in a few array reads: skills, goal words, languages, departments and time zones get
 * dense ids; what a mentor offers, knows and speaks becomes a bitset; skill rarity becomes
 * points per skill (inverse document frequency over the mentors); and shared working hours are
 * looked up per pair of distinct time zones on the round's reference date. Working styles are
 * compared per pair; a mentee's priority points are the same for every mentor.
 */
final class CompatibilityIndex {

    final List<Participant> mentees;
    final List<Participant> mentors;
    final int[] mentorCapacity;
    final MatchingWeights weights;
    final boolean differentDepartmentRequired;
    final MatchingRules rules;

    final Dictionary<String> skills = new Dictionary<>();
    private final Map<String, Set<String>> wordsOfSkill = new HashMap<>();
    final Dictionary<String> words = new Dictionary<>();
    final Dictionary<String> languages = new Dictionary<>();
    final int skillWords;
    final int wordWords;
    final int languageWords;
    final int[] skillPoints;
    final int[] seniorityByGap = new int[2 * Profile.MAX_LEVEL + 1];
    final int zoneCount;
    final int[] sharedHours;

    final int[] wantedFirst;
    final int[] wanted;
    final int[] goalFirst;
    final int[] goal;
    final int[] excludedFirst;
    final int[] excluded;
    final int[] menteeLevel;
    final int[] menteeZone;
    final int[] menteeDepartment;
    final long[] menteeLanguages;

    final long[] offered;
    final long[] mentorWords;
    final int[] offeredByFirst;
    /** The mentors who offer each skill: from {@code offeredByFirst[skill]}, in runs of one level and time zone group each. */
    final int[] offeredBy;
    /**
     * The runs of {@link #offeredBy}: skill {@code s}'s are runs {@code offeredRunFirst[s]} to
     * {@code offeredRunFirst[s + 1]}; run {@code r} holds the mentors of group
     * {@code runLevelZone[r]} (see {@link #mentorLevelZone}) from {@code runStart[r]} to
     * {@code runStart[r + 1]}.
     */
    final int[] offeredRunFirst;
    final int[] runLevelZone;
    final int[] runStart;
    final int[] knownByFirst;
    final int[] knownBy;
    final int[] mentorLevel;
    final int[] mentorZone;
    final int[] mentorDepartment;
    final long[] mentorLanguages;
    final WorkingStyle[] menteeStyle;
    final WorkingStyle[] mentorStyle;
    /** Priority points per mentee, added to every eligible pair of theirs: the same for each of their mentors. */
    final int[] menteeBonus;
    final int[] menteeStyleCode;
    final int[] mentorStyleCode;
    /** Points for a mentee's and a mentor's style codes, at {@code mentee * STYLE_CODES + mentor}. */
    final int[] stylePoints;
    static final int STYLE_CODES = 64;
    /**
     * Mentors grouped by what the base of a score depends on, so that a mentee's base points are
     * worked out once per group rather than once per mentor: each mentor's level and time zone
     * as one of the distinct pairs of them, and its department, working style and languages as
     * one of the distinct triples.
     */
    final int[] mentorLevelZone;
    final int[] levelZoneLevel;
    final int[] levelZoneZone;
    final int[] mentorBackground;
    final int[] backgroundDepartment;
    final int[] backgroundStyle;
    final long[] backgroundLanguages;

    CompatibilityIndex(List<Participant> mentees, List<Participant> mentors, int[] mentorCapacity,
                       Set<MentorMentee> previousPairs, MatchingWeights weights, MatchingRules rules,
                       LocalDate referenceDate) {
        this(mentees, mentors, mentorCapacity, previousPairs, weights, rules, referenceDate, new int[mentees.size()]);
    }

    CompatibilityIndex(List<Participant> mentees, List<Participant> mentors, int[] mentorCapacity,
                       Set<MentorMentee> previousPairs, MatchingWeights weights, MatchingRules rules,
                       LocalDate referenceDate, int[] menteeBonus) {
        if (menteeBonus.length != mentees.size()) {
            throw new IllegalArgumentException("one priority per mentee");
        }
        this.menteeBonus = menteeBonus;
        this.rules = rules;
        this.menteeStyle = mentees.stream().map(p -> p.profile().workingStyle()).toArray(WorkingStyle[]::new);
        this.mentorStyle = mentors.stream().map(p -> p.profile().workingStyle()).toArray(WorkingStyle[]::new);
        this.menteeStyleCode = java.util.Arrays.stream(menteeStyle).mapToInt(CompatibilityIndex::styleCode).toArray();
        this.mentorStyleCode = java.util.Arrays.stream(mentorStyle).mapToInt(CompatibilityIndex::styleCode).toArray();
        this.stylePoints = stylePointsTable(weights.workingStyle());
        this.mentees = mentees;
        this.mentors = mentors;
        this.mentorCapacity = mentorCapacity;
        this.weights = weights;
        this.differentDepartmentRequired = rules.differentDepartment();
        List<Set<String>> mentorKnows = mentors.stream().map(mentor -> mentorVocabulary(mentor.profile())).toList();
        internVocabulary(mentorKnows);
        skillWords = wordsFor(skills.size());
        wordWords = wordsFor(words.size());
        languageWords = wordsFor(languages.size());
        skillPoints = rarityPoints();
        for (int gap = -Profile.MAX_LEVEL; gap <= Profile.MAX_LEVEL; gap++) {
            seniorityByGap[gap + Profile.MAX_LEVEL] = seniorityPoints(gap, weights, rules);
        }
        Dictionary<ZoneId> zones = new Dictionary<>();
        Dictionary<String> departments = new Dictionary<>();
        menteeLevel = new int[mentees.size()];
        menteeZone = new int[mentees.size()];
        menteeDepartment = new int[mentees.size()];
        menteeLanguages = new long[mentees.size() * languageWords];
        mentorLevel = new int[mentors.size()];
        mentorZone = new int[mentors.size()];
        mentorDepartment = new int[mentors.size()];
        mentorLanguages = new long[mentors.size() * languageWords];
        describe(mentees, zones, departments, menteeLevel, menteeZone, menteeDepartment, menteeLanguages);
        describe(mentors, zones, departments, mentorLevel, mentorZone, mentorDepartment, mentorLanguages);
        zoneCount = zones.size();
        sharedHours = sharedHoursTable(zones, referenceDate);
        mentorLevelZone = new int[mentors.size()];
        Dictionary<Long> levelZones = new Dictionary<>();
        for (int m = 0; m < mentors.size(); m++) {
            mentorLevelZone[m] = levelZones.intern((long) mentorLevel[m] * zoneCount + mentorZone[m]);
        }
        levelZoneLevel = levelZones.values().stream().mapToInt(key -> (int) (key / zoneCount)).toArray();
        levelZoneZone = levelZones.values().stream().mapToInt(key -> (int) (key % zoneCount)).toArray();
        mentorBackground = new int[mentors.size()];
        Dictionary<List<Long>> backgrounds = new Dictionary<>();
        for (int m = 0; m < mentors.size(); m++) {
            List<Long> background = new ArrayList<>(List.of((long) mentorDepartment[m], (long) mentorStyleCode[m]));
            for (int w = 0; w < languageWords; w++) {
                background.add(mentorLanguages[m * languageWords + w]);
            }
            mentorBackground[m] = backgrounds.intern(background);
        }
        backgroundDepartment = backgrounds.values().stream().mapToInt(key -> key.get(0).intValue()).toArray();
        backgroundStyle = backgrounds.values().stream().mapToInt(key -> key.get(1).intValue()).toArray();
        backgroundLanguages = backgrounds.values().stream().flatMap(key -> key.subList(2, key.size()).stream())
                .mapToLong(Long::longValue).toArray();
        offered = new long[mentors.size() * skillWords];
        mentorWords = new long[mentors.size() * wordWords];
        indexMentorKnowledge(mentorKnows);
        offeredByFirst = new int[skills.size() + 1];
        offeredBy = postings(offered, skillWords, offeredByFirst);
        offeredRunFirst = new int[skills.size() + 1];
        List<Integer> runs = new ArrayList<>();
        runLevelZone = groupRuns(offeredByFirst, offeredRunFirst, runs);
        runStart = toArray(runs);
        knownByFirst = new int[words.size() + 1];
        knownBy = postings(mentorWords, wordWords, knownByFirst);
        wantedFirst = new int[mentees.size() + 1];
        goalFirst = new int[mentees.size() + 1];
        List<Integer> wantedIds = new ArrayList<>();
        List<Integer> goalIds = new ArrayList<>();
        indexMenteeWishes(wantedIds, goalIds);
        wanted = toArray(wantedIds);
        goal = toArray(goalIds);
        excludedFirst = new int[mentees.size() + 1];
        excluded = exclusions(previousPairs);
    }

    /** A working style in six bits: two per preference, 0 for none. */
    static int styleCode(WorkingStyle style) {
        return code(style.meeting()) | code(style.structure()) << 2 | code(style.communication()) << 4;
    }

    private static int code(Enum<?> value) {
        return value == null ? 0 : value.ordinal() + 1;
    }

    private static int[] stylePointsTable(int each) {
        int[] table = new int[STYLE_CODES * STYLE_CODES];
        for (int a = 0; a < STYLE_CODES; a++) {
            for (int b = 0; b < STYLE_CODES; b++) {
                int shared = 0;
                for (int shift = 0; shift < 6; shift += 2) {
                    int x = (a >> shift) & 3;
                    shared += x != 0 && x == ((b >> shift) & 3) ? 1 : 0;
                }
                table[a * STYLE_CODES + b] = shared * each;
            }
        }
        return table;
    }

    private void internVocabulary(List<Set<String>> mentorKnows) {
        for (int m = 0; m < mentors.size(); m++) {
            mentors.get(m).profile().skillsOffered().forEach(skills::intern);
            mentorKnows.get(m).forEach(words::intern);
        }
        for (Participant person : mentees) {
            person.profile().skillsWanted().forEach(skills::intern);
        }
        for (Participant person : concat()) {
            person.profile().languages().forEach(languages::intern);
        }
    }

    private List<Participant> concat() {
        List<Participant> all = new ArrayList<>(mentees);
        all.addAll(mentors);
        return all;
    }

    /** A mentor knows the words of their goals and of the skills they offer. */
    private Set<String> mentorVocabulary(Profile profile) {
        Set<String> known = GoalWords.of(profile.goals());
        profile.skillsOffered().forEach(skill -> known.addAll(wordsOfSkill(skill)));
        return known;
    }

    /** The words of a skill's name, worked out once per skill: the same skills come up again and again. */
    private Set<String> wordsOfSkill(String skill) {
        return wordsOfSkill.computeIfAbsent(skill, GoalWords::of);
    }

    /** Points per skill: {@code skill × (1 + ln((1 + mentors) / (1 + mentors offering it)))}, rounded. */
    private int[] rarityPoints() {
        int[] offeredBy = new int[skills.size()];
        for (Participant mentor : mentors) {
            mentor.profile().skillsOffered().forEach(skill -> offeredBy[skills.find(skill)]++);
        }
        int[] points = new int[skills.size()];
        for (int s = 0; s < points.length; s++) {
            double idf = 1 + Math.log((1.0 + mentors.size()) / (1.0 + offeredBy[s]));
            points[s] = (int) Math.round(weights.skill() * idf);
        }
        return points;
    }

    private void describe(List<Participant> people, Dictionary<ZoneId> zones, Dictionary<String> departments,
                          int[] level, int[] zone, int[] department, long[] spoken) {
        for (int p = 0; p < people.size(); p++) {
            Profile profile = people.get(p).profile();
            level[p] = profile.level();
            zone[p] = zones.intern(profile.timezone());
            department[p] = profile.department().isEmpty() ? -1 : departments.intern(profile.department().toLowerCase(Locale.ROOT));
            for (String language : profile.languages()) {
                setBit(spoken, p, languageWords, languages.find(language));
            }
        }
    }

    private static int[] sharedHoursTable(Dictionary<ZoneId> zones, LocalDate date) {
        int count = zones.size();
        int[] hours = new int[count * count];
        for (int a = 0; a < count; a++) {
            for (int b = 0; b < count; b++) {
                hours[a * count + b] = (int) WorkingHours.overlap(zones.value(a), zones.value(b), date).toHours();
            }
        }
        return hours;
    }

    private void indexMentorKnowledge(List<Set<String>> mentorKnows) {
        for (int m = 0; m < mentors.size(); m++) {
            Profile profile = mentors.get(m).profile();
            for (String skill : profile.skillsOffered()) {
                setBit(offered, m, skillWords, skills.find(skill));
            }
            for (String word : mentorKnows.get(m)) {
                setBit(mentorWords, m, wordWords, words.find(word));
            }
        }
    }

    /** For each bit (skill or word), the mentors who have it, in mentor order: the inverted index of a bitset per mentor. */
    private int[] postings(long[] bits, int rowWords, int[] first) {
        int bitCount = first.length - 1;
        for (int m = 0; m < mentors.size(); m++) {
            forEachBit(bits, m, rowWords, b -> first[b + 1]++);
        }
        for (int b = 0; b < bitCount; b++) {
            first[b + 1] += first[b];
        }
        int[] next = Arrays.copyOf(first, bitCount);
        int[] mentorsWith = new int[first[bitCount]];
        for (int m = 0; m < mentors.size(); m++) {
            int mentor = m;
            forEachBit(bits, m, rowWords, b -> mentorsWith[next[b]++] = mentor);
        }
        return mentorsWith;
    }

    /**
     * Sorts each skill's offerers by level and time zone group, then by index, and returns the
     * group of each run of equal groups; {@code runFirst} gets each skill's first run and
     * {@code starts} each run's start, and the end of the last.
     */
    private int[] groupRuns(int[] first, int[] runFirst, List<Integer> starts) {
        List<Integer> groups = new ArrayList<>();
        long[] keyed = new long[offeredBy.length];
        for (int p = 0; p < offeredBy.length; p++) {
            keyed[p] = (long) mentorLevelZone[offeredBy[p]] << 32 | offeredBy[p];
        }
        for (int skill = 0; skill + 1 < first.length; skill++) {
            Arrays.sort(keyed, first[skill], first[skill + 1]);
            runFirst[skill] = groups.size();
            for (int p = first[skill]; p < first[skill + 1]; p++) {
                offeredBy[p] = (int) keyed[p];
                int group = (int) (keyed[p] >>> 32);
                if (p == first[skill] || group != groups.get(groups.size() - 1)) {
                    groups.add(group);
                    starts.add(p);
                }
            }
        }
        runFirst[first.length - 1] = groups.size();
        starts.add(offeredBy.length);
        return toArray(groups);
    }

    private static void forEachBit(long[] bits, int row, int rowWords, IntConsumer action) {
        for (int w = 0; w < rowWords; w++) {
            long word = bits[row * rowWords + w];
            while (word != 0) {
                action.accept(w * 64 + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** Wanted skills, and goal words the mentee did not already name as a wanted skill. */
    private void indexMenteeWishes(List<Integer> wantedIds, List<Integer> goalIds) {
        for (int i = 0; i < mentees.size(); i++) {
            Profile profile = mentees.get(i).profile();
            profile.skillsWanted().forEach(skill -> wantedIds.add(skills.find(skill)));
            Set<String> goalWords = GoalWords.of(profile.goals());
            profile.skillsWanted().forEach(skill -> goalWords.removeAll(wordsOfSkill(skill)));
            for (String word : goalWords) {
                int id = words.find(word);
                if (id >= 0) {
                    goalIds.add(id);
                }
            }
            wantedFirst[i + 1] = wantedIds.size();
            goalFirst[i + 1] = goalIds.size();
        }
    }

    /** Per mentee, the sorted mentors they may not get: themself, and anyone who mentored them before. */
    private int[] exclusions(Set<MentorMentee> previousPairs) {
        Map<ParticipantId, Integer> mentorIndex = new HashMap<>();
        for (int m = 0; m < mentors.size(); m++) {
            mentorIndex.put(mentors.get(m).id(), m);
        }
        Map<ParticipantId, List<Integer>> earlierMentors = new HashMap<>();
        for (MentorMentee earlier : previousPairs) {
            earlierMentors.computeIfAbsent(earlier.mentee(), id -> new ArrayList<>())
                    .add(mentorIndex.getOrDefault(earlier.mentor(), -1));
        }
        int[] all = new int[mentees.size()];
        int size = 0;
        for (int i = 0; i < mentees.size(); i++) {
            ParticipantId mentee = mentees.get(i).id();
            List<Integer> earlier = earlierMentors.getOrDefault(mentee, List.of());
            if (size + earlier.size() + 1 > all.length) {
                all = Arrays.copyOf(all, 2 * (size + earlier.size() + 1));
            }
            int first = size;
            for (int m : earlier) {
                all[size++] = m;
            }
            all[size++] = mentorIndex.getOrDefault(mentee, -1);
            Arrays.sort(all, first, size);
            int kept = first;
            for (int k = first; k < size; k++) {
                if (all[k] >= 0 && (kept == first || all[kept - 1] != all[k])) {
                    all[kept++] = all[k];
                }
            }
            size = kept;
            excludedFirst[i + 1] = size;
        }
        return Arrays.copyOf(all, size);
    }

    private static int wordsFor(int bits) {
        return Math.max(1, (bits + 63) >>> 6);
    }

    private static void setBit(long[] bits, int row, int rowWords, int bit) {
        bits[row * rowWords + (bit >>> 6)] |= 1L << bit;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    int menteeCount() {
        return mentees.size();
    }

    int mentorCount() {
        return mentors.size();
    }

    static boolean hasBit(long[] bits, int row, int rowWords, int bit) {
        return (bits[row * rowWords + (bit >>> 6)] & (1L << bit)) != 0;
    }

    /** Points for a mentor {@code gap} levels above the mentee under the program's rules, or -1 when ruled out. */
    static int seniorityPoints(int gap, MatchingWeights weights, MatchingRules rules) {
        if (rules.maxLevelGap() != null && Math.abs(gap) > rules.maxLevelGap()) {
            return CompatibilityScorer.INELIGIBLE;
        }
        return switch (rules.seniority()) {
            case MENTOR_SENIOR -> weights.seniorityPoints(gap);
            case MENTEE_SENIOR -> weights.seniorityPoints(-gap);
            case NONE -> 0;
        };
    }
}
