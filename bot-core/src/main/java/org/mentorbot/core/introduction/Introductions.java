package org.mentorbot.core.introduction;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.matching.Introducer;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.schedule.WorkingHours;

/**
 * The message that starts a pairing: who is who, why they were matched, a first meeting time
 * inside both people's working hours, and a few questions to get the conversation going.
 */
public final class Introductions implements Introducer {

    /** How long the first meeting the introduction suggests lasts: it must end inside both people's working hours. */
    static final Duration FIRST_MEETING = Duration.ofMinutes(30);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    /** The platforms a person can be on, as their ids' prefixes name them. */
    public static final List<String> PLATFORMS = List.of("slack", "teams", "web");

    private final Copy copy;

    public Introductions(Copy copy) {
        this.copy = copy;
    }

    @Override
    public Reply introduce(Participant mentor, Participant mentee, Pairing pairing, Instant now) {
        Reply.Builder reply = Reply.builder()
                .header(copy.text("intro.title"))
                .text(copy.text("intro.who", mentor.name(), mentee.name()))
                .contacts(copy.text("intro.reach"), List.of(contact(mentor), contact(mentee)));
        List<String> reasons = pairing.reasons().stream().map(this::render).toList();
        if (!reasons.isEmpty()) {
            reply.text(copy.text("intro.why") + "\n• " + String.join("\n• ", reasons));
        }
        reply.text(firstMeeting(mentor, mentee, now));
        reply.text(copy.text("intro.starters") + "\n• " + String.join("\n• ", starters(mentor, mentee)));
        reply.text(copy.text("intro.goals"));
        reply.buttons(List.of(new Button(copy.text("intro.setGoals"), ActionIds.GOALS_OPEN, pairing.id().value(), Style.PRIMARY)));
        return reply.text(copy.text("intro.next")).build();
    }

    @Override
    public Reply introduceCircle(Participant mentor, List<Participant> mentees, List<Pairing> pairings, Instant now) {
        List<String> names = mentees.stream().map(Participant::name).toList();
        Reply.Builder reply = Reply.builder()
                .header(copy.text("circle.title"))
                .text(copy.text("circle.who", mentor.name(), String.join(", ", names)));
        List<Block.Contact> members = new ArrayList<>(List.of(contact(mentor)));
        mentees.forEach(m -> members.add(contact(m)));
        reply.contacts(copy.text("intro.reach"), members);
        List<String> shared = mentor.profile().skillsOffered().stream()
                .filter(skill -> mentees.stream().filter(m -> m.profile().skillsWanted().contains(skill)).count() >= Math.min(2, mentees.size()))
                .toList();
        if (!shared.isEmpty()) {
            reply.text(copy.text("circle.shared", String.join(", ", shared)));
        }
        return reply.text(copy.text("circle.starters") + "\n• " + String.join("\n• ", List.of(copy.text("circle.starter.goals"),
                        copy.text("starter.path", mentor.name()), copy.text("circle.starter.rhythm"))))
                .text(copy.text("circle.next")).build();
    }

    /** The person as a contact: a mention on their own platform, their name and platform from another. */
    private Block.Contact contact(Participant person) {
        String platform = PLATFORMS.contains(person.id().platform()) ? person.id().platform() : "none";
        return new Block.Contact(person.id(), person.name(), copy.text("intro.on", person.name(), copy.text("platform." + platform)));
    }

    /** A reason in words; reasons without copy fall back to their arguments. */
    @Override
    public String render(MatchReason reason) {
        return copy.has(reason.key())
                ? copy.text(reason.key(), reason.args().toArray())
                : String.join(", ", reason.args());
    }

    String firstMeeting(Participant mentor, Participant mentee, Instant now) {
        ZoneId a = mentor.profile().timezone();
        ZoneId b = mentee.profile().timezone();
        Optional<Instant> slot = WorkingHours.firstCommonSlot(a, b, now.plus(Duration.ofDays(1)), FIRST_MEETING);
        if (slot.isEmpty()) {
            return copy.text("intro.noOverlap");
        }
        Instant t = slot.get();
        return copy.text("intro.firstMeeting",
                mentor.name(), WHEN.format(t.atZone(a)), a.getId(),
                mentee.name(), WHEN.format(t.atZone(b)), b.getId());
    }

    private List<String> starters(Participant mentor, Participant mentee) {
        List<String> starters = new ArrayList<>();
        mentee.profile().skillsWanted().stream().filter(mentor.profile().skillsOffered()::contains).findFirst()
                .ifPresent(skill -> starters.add(copy.text("starter.skill", mentor.name(), skill)));
        starters.add(copy.text("starter.goals", mentee.name()));
        starters.add(copy.text("starter.path", mentor.name()));
        starters.add(copy.text("starter.rhythm"));
        return starters;
    }
}
