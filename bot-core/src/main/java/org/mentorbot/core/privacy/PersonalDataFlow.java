package org.mentorbot.core.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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
import org.mentorbot.core.feedback.FeedbackResponse;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.feedback.Poll;
import org.mentorbot.core.introduction.Introductions;
import org.mentorbot.core.journey.Journey;
import org.mentorbot.core.journey.JourneyExport;
import org.mentorbot.core.journey.JourneyStore;
import org.mentorbot.core.matching.WaitlistStore;
import org.mentorbot.core.pairing.Circle;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.IdGenerator;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.people.Profile;
import org.mentorbot.core.people.WorkingStyle;

/**
 * A person's own data: everything the program holds about them as a file to keep, and their
 * erasure. Erasing ends open pairings first, so that the partner is told; then the person goes —
 * profile, address, their feedback answers, the notes and reflections they wrote, their thanks and
 * recognition, requests, suggestions and place on the waitlist — while each pairing they were in
 * stays, ended, with an anonymous placeholder where they were, so that the partner keeps their own
 * journey and answers and the program's numbers still count them.
 */
public final class PersonalDataFlow {

    /** The platform prefix of the placeholder that stands for an erased person: it reaches nobody. */
    public static final String ERASED = "erased";

    private static final int ATTEMPTS = 8;

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
    private final IdGenerator ids;
    private final Introductions reasons;

    /** With the features' own records about people, covered by export and erasure as well; {@code ids} names placeholders. */
    public PersonalDataFlow(ParticipantStore participants, PairingStore pairings, CheckInStore checkIns,
                            FeedbackStore feedback, AddressBook addresses, EnrollmentFlow enrollment, JourneyStore journeys,
                            Copy copy, WaitlistStore waitlist, MentorRequestStore requests, List<PersonalRecords> features,
                            IdGenerator ids) {
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
        this.ids = ids;
        this.reasons = new Introductions(copy);
    }

    public Reply export(ParticipantId person) {
        return export(person, data(person).map(d -> Map.<String, Map<String, Object>>of("", d)).orElse(Map.of()));
    }

    /**
     * The export file of what the programs hold about the person ({@code byProgram}: slug → that
     * program's {@link #data}), with how the bot reaches them; says so when nothing is held.
     */
    /** Whether a platform address of the person is stored (the person's, shared by every program). */
    public boolean hasAddress(ParticipantId person) {
        return addresses.addressOf(person).isPresent();
    }

    public Reply export(ParticipantId person, Map<String, Map<String, Object>> byProgram) {
        Optional<String> stored = addresses.addressOf(person);
        if (byProgram.isEmpty() && stored.isEmpty()) {
            return Reply.text(copy.text("export.nothing"));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        if (byProgram.size() == 1) {
            data.putAll(byProgram.values().iterator().next());
        } else {
            data.put("id", person.value());
            if (!byProgram.isEmpty()) {
                data.put("programs", byProgram);
            }
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("platform", person.platform());
        address.put("userId", person.userId());
        stored.ifPresent(a -> address.put("stored", a));
        data.put("address", address);
        return document(data);
    }

    /** The export file for {@code data}, everything held about one person. */
    private Reply document(Map<String, Object> data) {
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
        List<FeedbackResponse> answered = feedback.responses().stream().filter(r -> r.by().equals(person)).toList();
        data.put("feedback", answered.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("poll", r.poll().value());
            m.put("rating", r.rating());
            m.put("comment", r.comment());
            m.put("at", r.at().toString());
            return m;
        }).toList());
        Set<PollId> answeredPolls = answered.stream().map(FeedbackResponse::poll).collect(Collectors.toSet());
        data.put("unansweredPolls", feedback.polls().stream()
                .filter(poll -> pairIds.contains(poll.pair()) && !answeredPolls.contains(poll.id()))
                .sorted(Comparator.comparing(Poll::sentAt))
                .map(poll -> Map.of("poll", poll.id().value(), "pair", poll.pair().value(), "sentAt", poll.sentAt().toString()))
                .toList());
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

    /**
     * Erases the person from this program, keeping each of their pairings for the partner with a
     * placeholder of its own ({@code erased:…}, one per erasure) where the person was.
     */
    public Reply deleteMe(ParticipantId person, Instant now) {
        Optional<Participant> me = participants.find(person);
        List<Pairing> mine = pairings.of(person);
        if (me.isEmpty() && mine.isEmpty() && requests.of(person).isEmpty() && addresses.addressOf(person).isEmpty()) {
            return Reply.text(copy.text("delete.nothing"));
        }
        String name = me.map(Participant::name).orElse(copy.text("someone"));
        Set<PairId> withCircles = Circle.withTheirCircles(pairings, mine);
        enrollment.tellPartners(person, lifecycle.endAllOf(person, "deleted", now), name);
        ParticipantId placeholder = new ParticipantId(ERASED + ":" + ids.next("person"));
        Set<PairId> pairIds = mine.stream().map(Pairing::id).collect(Collectors.toSet());
        UnaryOperator<String> scrub = new ErasedMentions(person, me.map(Participant::name).orElse(""), copy.text("someone"));
        feedback.deleteResponsesOf(person);
        checkIns.reattribute(withCircles, person, placeholder);
        pairIds.forEach(pair -> keepJourneyWithout(pair, person, placeholder, scrub));
        features.forEach(f -> f.erase(person, pairIds));
        requests.deleteAllOf(person);
        pairings.of(person).forEach(p -> lifecycle.update(p, kept -> kept.withoutPerson(person, placeholder)));
        waitlist.remove(person);
        addresses.forget(person);
        participants.delete(person);
        return Reply.text(copy.text("delete.done"));
    }

    private void keepJourneyWithout(PairId pair, ParticipantId person, ParticipantId placeholder, UnaryOperator<String> scrub) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Journey current = journeys.of(pair);
            Journey kept = current.withoutPerson(person, placeholder, scrub);
            if (kept.equals(current) || journeys.replace(current, kept)) {
                return;
            }
        }
        throw new IllegalStateException("the journey of " + pair + " kept changing during an erasure; gave up after "
                + ATTEMPTS + " attempts");
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
        m.put("score", p.score());
        m.put("matchReasons", p.reasons().stream().map(reasons::render).toList());
        m.put("cadence", p.cadence().toString());
        m.put("nextCheckInAt", p.nextCheckInAt().toString());
        m.put("feedbackDueAt", p.feedbackDueAt() == null ? null : p.feedbackDueAt().toString());
        m.put("milestoneDueAt", p.milestoneDueAt() == null ? null : p.milestoneDueAt().toString());
        m.put("notYetStreak", p.notYetStreak());
        m.put("stalled", p.stalled());
        m.put("deliveryFailures", Map.of("checkIns", p.checkInFailures(), "polls", p.pollFailures(),
                "milestones", p.milestoneFailures()));
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
