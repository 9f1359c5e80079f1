package org.mentorbot.core.matching.sample;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;

/**
 * Seeded rosters that look like a real organisation's: skills from a vocabulary whose
 * popularity falls off like Zipf's law, about thirty time zones weighted towards a few hubs,
 * English for most with some people speaking only another language, a dozen departments,
 * mentees mostly junior, mentors mostly senior, mentor capacities 1 to 5. The benchmarks measure
 * on them, and the bot warms its matching up on one at start
 * ({@link org.mentorbot.core.program.MatchingWarmUp}).
 */
public final class RosterGenerator {

    private static final String[] NAMED_SKILLS = {"java", "python", "sql", "kubernetes", "aws", "react", "go", "typescript",
        "leadership", "public speaking", "product management", "ux design", "data engineering", "machine learning", "terraform",
        "security", "testing", "rust", "c++", "kotlin", "negotiation", "hiring", "observability", "spark", "graphql",
        "accessibility", "career growth", "system design", "writing", "statistics"};
    private static final int VOCABULARY = 200;
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Europe/London", "America/Los_Angeles",
        "Asia/Kolkata", "America/Chicago", "Europe/Paris", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo",
        "Europe/Madrid", "Europe/Warsaw", "America/Toronto", "Asia/Shanghai", "Europe/Amsterdam", "America/Denver", "Asia/Dubai",
        "Africa/Lagos", "Europe/Stockholm", "America/Mexico_City", "Asia/Seoul", "Europe/Dublin", "Africa/Johannesburg",
        "Pacific/Auckland", "Asia/Jakarta", "Europe/Istanbul", "America/Bogota", "Asia/Manila", "UTC"};
    private static final String[] DEPARTMENTS = {"Engineering", "Product", "Sales", "Marketing", "Support", "Finance",
        "People", "Data", "Design", "Operations", "Legal", "Security"};
    private static final String[] OTHER_LANGUAGES = {"de", "fr", "es", "pt", "ja", "hi"};
    private static final String[] GOAL_WORDS = {"lead", "team", "promotion", "architecture", "confidence", "stakeholders",
        "roadmap", "scale", "career", "feedback", "mentoring", "strategy", "delivery", "quality", "customers"};

    private final Random random;
    private final WeightedChoice skill = WeightedChoice.zipf(VOCABULARY, 1.0);
    private final WeightedChoice zone = WeightedChoice.zipf(ZONES.length, 0.9);
    private final WeightedChoice department = WeightedChoice.zipf(DEPARTMENTS.length, 0.7);

    public RosterGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static String skillName(int rank) {
        return rank < NAMED_SKILLS.length ? NAMED_SKILLS[rank] : "skill-" + rank;
    }

    /** {@code mentees} mentees with ids {@code e0..}, then {@code mentors} mentors with ids {@code m0..}. */
    public List<Participant> generate(int mentees, int mentors) {
        List<Participant> people = new ArrayList<>(mentees + mentors);
        for (int i = 0; i < mentees; i++) {
            people.add(person("e" + i, Role.MENTEE, 1 + random.nextInt(3) + random.nextInt(4), 0));
        }
        for (int m = 0; m < mentors; m++) {
            people.add(person("m" + m, Role.MENTOR, 4 + random.nextInt(4) + random.nextInt(4), 1 + random.nextInt(5)));
        }
        return people;
    }

    private Participant person(String id, Role role, int level, int capacity) {
        boolean mentors = role.mentors();
        List<String> offered = mentors ? skills(3 + random.nextInt(4)) : List.of();
        List<String> wanted = mentors ? List.of() : skills(1 + random.nextInt(3));
        Profile profile = new Profile(id, role, offered, wanted, goals(), DEPARTMENTS[department.next(random)], level,
                ZoneId.of(ZONES[zone.next(random)]), languages(), capacity, Cadence.PROGRAM);
        return new Participant(new ParticipantId(id), profile, ParticipantStatus.ACTIVE, Instant.EPOCH);
    }

    private List<String> skills(int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(skillName(skill.next(random)));
        }
        return List.copyOf(chosen);
    }

    private String goals() {
        return "Grow in " + skillName(skill.next(random)) + " and " + GOAL_WORDS[random.nextInt(GOAL_WORDS.length)]
                + ", get better at " + GOAL_WORDS[random.nextInt(GOAL_WORDS.length)];
    }

    private List<String> languages() {
        double roll = random.nextDouble();
        String other = OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)];
        if (roll < 0.04) {
            return List.of(other);
        }
        return roll < 0.25 ? List.of("en", other) : List.of("en");
    }
}
