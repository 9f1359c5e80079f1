package org.mentorbot.core.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.choice.MentorRequest;
import org.mentorbot.core.choice.MentorRequestStore;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.enrollment.EnrollmentFlow;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.journey.JourneyExport;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.WorkingStyle;

/**
 * A person's own data: everything the program holds about them as a file to keep, and the
 * erasure of all of it. Erasing ends open pairings first, so that the partner is told.
 */
public final class PersonalDataFlow {

    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final FeedbackStore feedback;
    private final AddressBook addresses;
    private final PairingLifecycle lifecycle;
    private final EnrollmentFlow enrollment;
    private final JourneyStore journeys;
    private final Copy copy;
    private final List<PersonalRecords> features;
    private final WaitlistStore waitlist;
    private final MentorRequestStore requests;

    public PersonalDataFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns,
                            FeedbackStore feedback, AddressBook addresses, EnrollmentFlow enrollment, JourneyStore journeys,
                            Copy copy, WaitlistStore waitlist, MentorRequestStore requests) {
        this(participants, pairings, checkIns, feedback, addresses, enrollment, journeys, copy, waitlist, requests, List.of());
    }

    /** With the features' own records about people, covered by export and erasure as well. */
    public PersonalDataFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns,
                            FeedbackStore feedback, AddressBook addresses, EnrollmentFlow enrollment, JourneyStore journeys,
                            Copy copy, WaitlistStore waitlist, MentorRequestStore requests, List<PersonalRecords> features) {
        this.features = List.copyOf(features);
        this.waitlist = waitlist;
        this.requests = requests;
        this.participants = participants;
        this.pairings = pairings;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.addresses = addresses;
        this.lifecycle = new PairingLifecycle(pairings);
        this.enrollment = enrollment;
        this.journeys = journeys;
        this.copy = copy;
    }

    public Reply export(ParticipantId person) {
        return data(person).map(this::document).orElseGet(() -> Reply.text(copy.text("export.nothing")));
    }

    /** The export file for {@code data}, everything held about one person. */
    public Reply document(Map<String, Object> data) {
        String json = DataExport.json(data);
        return Reply.builder().text(copy.text("export.done"))
                .document(new Block.Document("mentorbot-data.json", "application/json", json)).build();
    }

    /** Everything this program holds about the person, or empty when it holds nothing. */
    public Optional<Map<String, Object>> data(ParticipantId person) {
        Optional<Participant> me = participants.find(person);
        List<Pairing> mine = pairings.of(person);
        Set<PairId> pairIds = mine.stream().map(Pairing::id).collect(Collectors.toSet());
        List<MentorRequest> asked = requests.of(person);
        if (me.isEmpty() && mine.isEmpty() && asked.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", person.value());
        me.ifPresent(p -> data.put("profile", profile(p)));
        data.put("pairings", mine.stream().map(this::pairing).toList());
        Set<PairId> withCircles = Circle.withTheirCircles(pairings, mine);
        data.put("checkIns", checkIns.all().stream().filter(c -> withCircles.contains(c.pair())).map(this::checkIn).toList());
        data.put("feedback", feedback.responses().stream().filter(r -> r.by().equals(person)).map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("poll", r.poll().value());
            m.put("rating", r.rating());
            m.put("comment", r.comment());
            m.put("at", r.at().toString());
            return m;
        }).toList());
        data.put("journeys", mine.stream().map(p -> journeys.of(p.id())).filter(j -> !j.isEmpty()).map(JourneyExport::of).toList());
        features.forEach(f -> data.putAll(f.export(person, pairIds)));
        waitlist.find(person).ifPresent(w -> data.put("waitlist", Map.of("roundsWaited", w.roundsWaited(), "rematch", w.rematch())));
        data.put("mentorRequests", asked.stream().map(this::request).toList());
        List<ParticipantId> suggested = requests.suggestions(person);
        if (!suggested.isEmpty()) {
            data.put("suggestedMentors", suggested.stream().map(ParticipantId::value).toList());
        }
        return Optional.of(data);
    }

    public Reply deleteMe(ParticipantId person, Instant now) {
        Optional<Participant> me = participants.find(person);
        List<Pairing> mine = pairings.of(person);
        if (me.isEmpty() && mine.isEmpty() && requests.of(person).isEmpty()) {
            return Reply.text(copy.text("delete.nothing"));
        }
        String name = me.map(Participant::name).orElse(copy.text("someone"));
        Set<PairId> withCircles = Circle.withTheirCircles(pairings, mine);
        enrollment.tellPartners(person, lifecycle.endAllOf(person, "deleted", now), name);
        Set<PairId> pairIds = mine.stream().map(Pairing::id).collect(Collectors.toSet());
        checkIns.deleteOf(withCircles);
        journeys.deleteOf(pairIds);
        feedback.deleteOf(person, withCircles);
        features.forEach(f -> f.erase(person, pairIds));
        pairings.deleteAllOf(person);
        requests.deleteAllOf(person);
        waitlist.remove(person);
        addresses.forget(person);
        participants.delete(person);
        return Reply.text(copy.text("delete.done"));
    }

    private Map<String, Object> profile(Participant participant) {
        Profile p = participant.profile();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", p.displayName());
        m.put("status", participant.status().name().toLowerCase(Locale.ROOT));
        m.put("joinedAt", participant.joinedAt().toString());
        m.put("role", p.role().wireName());
        m.put("skillsOffered", p.skillsOffered());
        m.put("skillsWanted", p.skillsWanted());
        m.put("goals", p.goals());
        m.put("department", p.department());
        m.put("level", p.level());
        m.put("timezone", p.timezone().getId());
        m.put("languages", p.languages());
        m.put("capacity", p.capacity());
        m.put("cadence", p.cadence().wireName());
        m.put("workingStyle", Map.of("meeting", WorkingStyle.wireName(p.workingStyle().meeting()),
                "structure", WorkingStyle.wireName(p.workingStyle().structure()),
                "communication", WorkingStyle.wireName(p.workingStyle().communication())));
        return m;
    }

    private Map<String, Object> request(MentorRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().value());
        m.put("mentor", r.mentor().value());
        m.put("mentee", r.mentee().value());
        m.put("status", r.status().name().toLowerCase());
        m.put("requestedAt", r.requestedAt().toString());
        m.put("dueAt", r.dueAt().toString());
        if (r.answeredAt() != null) {
            m.put("answeredAt", r.answeredAt().toString());
        }
        return m;
    }

    private Map<String, Object> pairing(Pairing p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().value());
        m.put("mentor", p.mentor().value());
        m.put("mentee", p.mentee().value());
        m.put("status", p.status().name().toLowerCase(Locale.ROOT));
        m.put("startedAt", p.startedAt().toString());
        p.circleIfAny().ifPresent(c -> m.put("circle", c.value()));
        p.endingIfAny().ifPresent(e -> m.put("ended", Map.of("at", e.at().toString(), "by", e.by().value(), "reason", e.reason())));
        return m;
    }

    private Map<String, Object> checkIn(CheckIn c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pair", c.pair().value());
        m.put("sentAt", c.sentAt().toString());
        c.answered().ifPresent(a -> {
            m.put("answer", a.outcome().name().toLowerCase(Locale.ROOT));
            m.put("answeredBy", a.by().value());
        });
        return m;
    }
}
