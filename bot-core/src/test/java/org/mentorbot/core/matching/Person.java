package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.people.WorkingStyle;

/** A participant as tests describe them: an English-speaking level-3 mentee in Berlin unless told otherwise. */
final class Person {

    private final String id;
    private Role role = Role.MENTEE;
    private List<String> offers = new ArrayList<>();
    private List<String> wants = new ArrayList<>();
    private String goals = "";
    private String department = "";
    private int level = 3;
    private String zone = "Europe/Berlin";
    private List<String> languages = List.of("en");
    private int capacity;
    private ParticipantStatus status = ParticipantStatus.ACTIVE;
    private WorkingStyle style = WorkingStyle.NONE;

    private Person(String id) {
        this.id = id;
    }

    static Person mentee(String id) {
        return new Person(id);
    }

    static Person mentor(String id) {
        Person person = new Person(id);
        person.role = Role.MENTOR;
        person.capacity = 1;
        person.level = 5;
        return person;
    }

    static Person both(String id) {
        Person person = mentor(id);
        person.role = Role.BOTH;
        return person;
    }

    Person offers(String... skills) {
        offers = List.of(skills);
        return this;
    }

    Person wants(String... skills) {
        wants = List.of(skills);
        return this;
    }

    Person goals(String text) {
        goals = text;
        return this;
    }

    Person department(String name) {
        department = name;
        return this;
    }

    Person level(int value) {
        level = value;
        return this;
    }

    Person zone(String name) {
        zone = name;
        return this;
    }

    Person speaks(String... codes) {
        languages = List.of(codes);
        return this;
    }

    Person capacity(int value) {
        capacity = value;
        return this;
    }

    Person status(ParticipantStatus value) {
        status = value;
        return this;
    }

    Person style(WorkingStyle value) {
        style = value;
        return this;
    }

    Person withoutStyle() {
        Person copy = new Person(id);
        copy.role = role;
        copy.offers = offers;
        copy.wants = wants;
        copy.goals = goals;
        copy.department = department;
        copy.level = level;
        copy.zone = zone;
        copy.languages = languages;
        copy.capacity = capacity;
        copy.status = status;
        return copy;
    }

    WorkingStyle workingStyle() {
        return style;
    }

    String departmentName() {
        return department;
    }

    int levelValue() {
        return level;
    }

    List<String> languageCodes() {
        return languages;
    }

    ParticipantId id() {
        return new ParticipantId(id);
    }

    Participant build() {
        Profile profile = new Profile(id, role, offers, wants, goals, department, level, ZoneId.of(zone), languages, capacity, Cadence.PROGRAM, style);
        return new Participant(new ParticipantId(id), profile, status, Instant.EPOCH);
    }
}
