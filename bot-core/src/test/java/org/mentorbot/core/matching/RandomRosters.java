package org.mentorbot.core.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.mentorbot.core.people.WorkingStyle;

/** Seeded random rosters small enough to check by hand, with every kind of person and exclusion. */
final class RandomRosters {

    private static final String[] SKILLS = {"java", "go", "sql", "kubernetes", "design", "sales"};
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC"};
    private static final String[] DEPARTMENTS = {"", "Platform", "Sales", "Data"};
    private static final String[] GOALS = {"", "lead a team", "grow in data engineering", "lead platform design"};

    private RandomRosters() {
    }

    /** As {@link #people}, each person with a random working style (each part possibly without preference). */
    static List<Person> withStyles(Random random, int maxMentees, int maxMentors) {
        List<Person> people = people(random, maxMentees, maxMentors);
        for (Person person : people) {
            person.style(new WorkingStyle(pick(random, WorkingStyle.Meeting.values()), pick(random, WorkingStyle.Structure.values()),
                    pick(random, WorkingStyle.Communication.values())));
        }
        return people;
    }

    private static <E> E pick(Random random, E[] values) {
        int k = random.nextInt(values.length + 1);
        return k == values.length ? null : values[k];
    }

    static List<Person> people(Random random, int maxMentees, int maxMentors) {
        List<Person> people = new ArrayList<>();
        int mentees = random.nextInt(maxMentees + 1);
        int mentors = random.nextInt(maxMentors + 1);
        for (int i = 0; i < mentees; i++) {
            people.add(describe(random, Person.mentee("e" + i)));
        }
        for (int m = 0; m < mentors; m++) {
            Person person = random.nextInt(4) == 0 ? Person.both("b" + m) : Person.mentor("m" + m);
            people.add(describe(random, person).capacity(random.nextInt(4)));
        }
        return people;
    }

    /**
     * Larger rosters with a vocabulary of {@code skills} skills, a few of them popular and most
     * of them rare, as in an organisation: the shape in which a mentee's best mentors are found
     * among the few who offer its rarest skill. Some people are both mentor and mentee.
     */
    static List<Person> broad(Random random, int mentees, int mentors, int skills) {
        String[] vocabulary = java.util.stream.IntStream.range(0, skills).mapToObj(k -> "skill" + k).toArray(String[]::new);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            people.add(describe(random, Person.mentee("e" + i)).wants(skewed(random, vocabulary, 1 + random.nextInt(3))));
        }
        for (int m = 0; m < mentors; m++) {
            Person person = random.nextInt(10) == 0 ? Person.both("b" + m) : Person.mentor("m" + m);
            people.add(describe(random, person).offers(skewed(random, vocabulary, 2 + random.nextInt(4))).capacity(random.nextInt(4)));
        }
        return people;
    }

    /** {@code count} distinct skills, the first few of the vocabulary far more often than the rest. */
    private static String[] skewed(Random random, String[] vocabulary, int count) {
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < Math.min(count, vocabulary.length)) {
            int rank = (int) Math.floor(Math.pow(vocabulary.length + 1, random.nextDouble())) - 1;
            chosen.add(vocabulary[Math.min(rank, vocabulary.length - 1)]);
        }
        return chosen.stream().sorted().toArray(String[]::new);
    }

    private static Person describe(Random random, Person person) {
        return person.offers(pick(random, SKILLS, 2)).wants(pick(random, SKILLS, 2))
                .goals(GOALS[random.nextInt(GOALS.length)])
                .department(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)])
                .level(1 + random.nextInt(7))
                .zone(ZONES[random.nextInt(ZONES.length)])
                .speaks(random.nextInt(6) == 0 ? new String[] {"de"} : new String[] {"en"});
    }

    private static String[] pick(Random random, String[] from, int max) {
        Set<String> chosen = new HashSet<>();
        int count = random.nextInt(max + 1);
        for (int k = 0; k < count; k++) {
            chosen.add(from[random.nextInt(from.length)]);
        }
        return chosen.stream().sorted().toArray(String[]::new);
    }
}
