package org.mentorbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.enrollment.ProfileForm;
import org.mentorbot.core.program.MentorBot;

/**
 * About twenty made-up colleagues (mentors, mentees and some who are both, across
 * departments, levels, languages and time zones) who enrol through the real enrollment form,
 * so that {@code match preview} and {@code match} have something to show at once. Loading
 * them again submits their form again, which only updates their profiles. The shipped roster
 * is read when it is first loaded, not while the bot starts. When nobody holds the playground's
 * admin seat yet, the visitor takes it first, as {@value #VISITOR}: the page opens on the first
 * person, so whoever loads the samples (or starts with {@code --demo}) lands as the admin.
 */
public final class SamplePeople {

    static final String RESOURCE = "/playground/sample-people.json";
    static final String VISITOR = "You";

    private final Supplier<List<Sample>> samples;
    private final PlaygroundPeople people;
    private final MentorBot bot;

    public SamplePeople(List<Sample> samples, PlaygroundPeople people, MentorBot bot) {
        this(fixed(samples), people, bot);
    }

    private SamplePeople(Supplier<List<Sample>> samples, PlaygroundPeople people, MentorBot bot) {
        this.samples = samples;
        this.people = people;
        this.bot = bot;
    }

    /** The samples shipped with the playground, read from the jar each time they are loaded. */
    public static SamplePeople shipped(ObjectMapper json, PlaygroundPeople people, MentorBot bot) {
        return new SamplePeople(() -> shipped(json), people, bot);
    }

    private static Supplier<List<Sample>> fixed(List<Sample> samples) {
        List<Sample> copy = List.copyOf(samples);
        return () -> copy;
    }

    /** Reads the samples shipped with the playground. */
    public static List<Sample> shipped(ObjectMapper json) {
        try (InputStream in = SamplePeople.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the playground's sample people are missing: " + RESOURCE);
            }
            return json.readValue(in, Roster.class).people();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the playground's sample people cannot be read: " + RESOURCE, unreadable);
        }
    }

    /** Enrols every sample person through the enrollment form; says how many joined and who was turned away. */
    public Loaded load() {
        people.seatAdmin(VISITOR, ZoneId.systemDefault());
        int enrolled = 0;
        Map<String, String> rejected = new HashMap<>();
        for (Sample sample : samples.get()) {
            Person person = people.ensure(sample.id(), sample.name(), ZoneId.of(sample.timezone()));
            Map<String, String> answers = new HashMap<>(sample.answers());
            answers.put(ProfileForm.TIMEZONE, sample.timezone());
            Reply reply = bot.handle(new Inbound.FormSubmitted(person.actor(), ActionIds.FORM_JOIN, "", answers));
            if (reply.isFormRejection()) {
                rejected.put(person.name(), reply.fallback());
            } else {
                enrolled++;
            }
        }
        return new Loaded(enrolled, rejected);
    }

    /** One sample person: id within {@code web}, name, time zone and their answers to the enrollment form. */
    public record Sample(String id, String name, String timezone, Map<String, String> answers) {
        public Sample {
            answers = Map.copyOf(answers);
        }
    }

    /** What loading did: how many people are enrolled, and the form's answer for any who were turned away. */
    public record Loaded(int enrolled, Map<String, String> rejected) {
        public Loaded {
            rejected = Map.copyOf(rejected);
        }
    }

    record Roster(List<Sample> people) {
    }
}
