package org.mentorbot.core.journey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.AdminAlerts;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.schedule.ProgramEnd;
import org.mentorbot.core.schedule.ProgramSettings;

/**
 * The pair's journey: the goals they agree (up to three, each with a status), the meetings they
 * log (a logged meeting also answers their open check-in "we met"), the milestones the bot prompts
 * on time, and {@code progress}, their view of all of it. Both partners see and edit everything;
 * nobody else reads a goal's words, a note or a reflection — admins get numbers only.
 */
public final class JourneyFlow {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int ATTEMPTS = 5;

    private final PairingStore pairings;
    private final JourneyStore journeys;
    private final ParticipantStore participants;
    private final Messenger messenger;
    private final MetCheckIns metCheckIns;
    private final GoalsReached goalsReached;
    private final Milestones milestones;
    private final JourneyForms forms;
    private final Copy copy;
    private final Anonymity anonymity;

    public JourneyFlow(PairingStore pairings, JourneyStore journeys, ParticipantStore participants, Messenger messenger,
                       AdminAlerts alerts, MetCheckIns metCheckIns, GoalsReached goalsReached, ProgramSettings settings,
                       Copy copy, Clock clock, Anonymity anonymity) {
        this(pairings, journeys, participants, messenger, alerts, metCheckIns, goalsReached, settings, copy, clock, anonymity,
                SurveyPrompts.NONE);
    }

    /** The journey, with the program's surveys put to each pair at its start, mid-point and end. */
    public JourneyFlow(PairingStore pairings, JourneyStore journeys, ParticipantStore participants, Messenger messenger,
                       AdminAlerts alerts, MetCheckIns metCheckIns, GoalsReached goalsReached, ProgramSettings settings,
                       Copy copy, Clock clock, Anonymity anonymity, SurveyPrompts surveys) {
        this.anonymity = anonymity;
        this.pairings = pairings;
        this.journeys = journeys;
        this.participants = participants;
        this.messenger = messenger;
        this.metCheckIns = metCheckIns;
        this.goalsReached = goalsReached;
        this.copy = copy;
        this.forms = new JourneyForms(copy);
        this.milestones = new Milestones(pairings, journeys, participants, messenger, alerts, settings, copy, clock, this::update,
                surveys);
    }

    /**
     * The scheduler's entry: deals with every active pair whose next milestone is due at
     * {@code now} — prompts it (in working hours), flags it, or finds it moot — and schedules the
     * next one. Safe to call as often as you like, from several nodes at once.
     */
    public Milestones.Summary sendDue(Instant now, ProgramEnd end, Executor pool) {
        return milestones.sendDue(now, end, pool);
    }

    /** The goals form for the pair the value names (a button on the introduction, a goals prompt). */
    public Reply openGoals(Actor actor, String value) {
        return withPairing(actor, value, pairing -> goals(actor, pairing));
    }

    /** The meeting log for the pair the value names; from a check-in the meeting is already counted as met. */
    public Reply openLog(Actor actor, String value, Instant now) {
        return withPairing(actor, value, pairing -> log(actor, pairing, value.endsWith(ActionIds.FROM_CHECK_IN), now));
    }

    /** The review of the goals at a milestone; the value is the pair's id, {@code #} and the milestone. */
    public Reply openReview(Actor actor, String value) {
        Optional<Milestone> milestone = milestoneIn(value);
        return milestone.isEmpty() ? Reply.text(copy.text("journey.unknown")) : withPairing(actor, value, pairing -> Reply.builder()
                .form(forms.review(value, milestone.get(), journeys.of(pairing.id()).goals())).build());
    }

    public Reply goals(Actor actor, Pairing pairing) {
        return Reply.builder().form(forms.goals(pairing.id().value(), journeys.of(pairing.id()).goals())).build();
    }

    public Reply log(Actor actor, Pairing pairing, boolean fromCheckIn, Instant now) {
        String context = pairing.id().value() + (fromCheckIn ? ActionIds.FROM_CHECK_IN : "");
        return Reply.builder().form(forms.meeting(context, journeys.of(pairing.id()).goals(), today(actor.id(), now))).build();
    }

    /** Saves the goals as submitted (at most three), or names each field to fix and saves nothing. */
    public Reply submitGoals(Actor actor, String context, Map<String, String> values, Instant now) {
        return withPairing(actor, context, pairing -> {
            Map<String, String> errors = JourneyForms.errors();
            List<Goal> goals = forms.readGoals(values, journeys.of(pairing.id()).goals(), actor.id(), now, errors);
            if (!errors.isEmpty()) {
                return Reply.formErrors(errors);
            }
            long achievedBefore = journeys.of(pairing.id()).achieved();
            if (update(pairing.id(), j -> j.withGoals(goals)).achieved() > achievedBefore) {
                goalsReached.goalReached(pairing, now);
            }
            tellPartner(actor, pairing, copy.text("goals.partnerUpdated", nameOf(actor.id())), ActionIds.GOALS_OPEN,
                    copy.text("goals.see"), pairing.id().value());
            return Reply.builder().text(copy.text(goals.isEmpty() ? "goals.cleared" : "goals.saved", goals.size()))
                    .fields(goalFields(goals)).build();
        });
    }

    /**
     * Logs a meeting, or names each field to fix and logs nothing. The meeting answers the pair's
     * open check-in "we met" unless it was logged from that answer; without goals yet, the answer
     * invites the pair to set them.
     */
    public Reply submitMeeting(Actor actor, String context, Map<String, String> values, Instant now) {
        return withPairing(actor, context, pairing -> {
            Journey journey = journeys.of(pairing.id());
            ZoneId zone = zoneOf(actor.id());
            Map<String, String> errors = JourneyForms.errors();
            Optional<LocalDate> date = forms.readDate(values, LocalDate.ofInstant(pairing.startedAt(), zone),
                    LocalDate.ofInstant(now, zone), errors);
            int minutes = forms.readMinutes(values, errors);
            List<Integer> touched = forms.readGoalsTouched(values, journey.goals().size(), errors);
            String notes = forms.readText(values, JourneyForms.NOTES, "field.notes", Meeting.MAX_NOTES, errors);
            if (!errors.isEmpty()) {
                return Reply.formErrors(errors);
            }
            Journey after = update(pairing.id(), j -> j.withMeeting(new Meeting(date.orElseThrow(), minutes, touched, notes, actor.id(), now)));
            if (!context.endsWith(ActionIds.FROM_CHECK_IN)) {
                metCheckIns.answerMet(pairing.id(), actor.id(), now);
            }
            Reply.Builder reply = Reply.builder().text(copy.text("meeting.logged", after.meetings().size(), hours(after.minutes())));
            if (after.goals().isEmpty()) {
                reply.text(copy.text("meeting.noGoalsYet"))
                        .buttons(List.of(new Button(copy.text("intro.setGoals"), ActionIds.GOALS_OPEN, pairing.id().value(), Style.PRIMARY)));
            }
            return reply.build();
        });
    }

    /** Saves a review: each goal's status and the line on what helped (or what they take away). */
    public Reply submitReview(Actor actor, String context, Map<String, String> values, Instant now) {
        Optional<Milestone> milestone = milestoneIn(context);
        if (milestone.isEmpty()) {
            return Reply.text(copy.text("journey.unknown"));
        }
        return withPairing(actor, context, pairing -> {
            Map<String, String> errors = JourneyForms.errors();
            List<Goal> goals = forms.readStatuses(values, journeys.of(pairing.id()).goals(), now, errors);
            String helped = forms.readText(values, JourneyForms.HELPED, "field.helped." + milestone.get().wireName(),
                    Reflection.MAX_TEXT, errors);
            if (!errors.isEmpty()) {
                return Reply.formErrors(errors);
            }
            update(pairing.id(), j -> {
                Journey reviewed = j.withGoals(forms.readStatuses(values, j.goals(), now, JourneyForms.errors()));
                return reviewed.withReflection(new Reflection(milestone.get(), actor.id(), helped, now));
            });
            return Reply.builder().text(copy.text("review.thanks")).fields(goalFields(goals)).build();
        });
    }

    /** The pair's journey as one of them sees it: goals with status, meetings, hours, milestones, the next prompt. */
    public Reply progress(Actor actor, Pairing pairing, ProgramEnd end, String programName) {
        Journey journey = journeys.of(pairing.id());
        ZoneId zone = zoneOf(actor.id());
        MilestonePlan plan = new MilestonePlan(pairing.startedAt(), end);
        Reply.Builder reply = Reply.builder()
                .header(copy.text("progress.title", nameOf(pairing.mentor()), nameOf(pairing.mentee())));
        if (!programName.isBlank()) {
            reply.text(copy.text("progress.program", programName));
        }
        reply.fields(journey.goals().isEmpty() ? List.of(new Field(copy.text("progress.goals"), copy.text("progress.noGoals")))
                : goalFields(journey.goals()));
        List<Field> numbers = new ArrayList<>();
        numbers.add(new Field(copy.text("progress.meetings"), String.valueOf(journey.meetings().size())));
        numbers.add(new Field(copy.text("progress.hours"), hours(journey.minutes())));
        numbers.add(new Field(copy.text("progress.reached"), reached(journey)));
        numbers.add(new Field(copy.text("progress.next"), plan.pending(journey).stream()
                .filter(m -> m != Milestone.NOT_STARTED_FLAG && m.survey().isEmpty() && !MilestonePlan.moot(m, journey))
                .findFirst().map(m -> copy.text("milestone." + m.wireName()) + ", " + DAY.format(plan.at(m).atZone(zone)))
                .orElse(copy.text("progress.nothingNext"))));
        reply.fields(numbers);
        if (!journey.meetings().isEmpty()) {
            reply.text(copy.text("progress.recent") + "\n" + journey.meetings().stream().skip(Math.max(0, journey.meetings().size() - 3))
                    .map(this::meetingLine).collect(Collectors.joining("\n")));
        }
        if (pairing.status() != PairingStatus.ENDED) {
            reply.buttons(List.of(Button.of(copy.text("progress.editGoals"), ActionIds.GOALS_OPEN, pairing.id().value()),
                    Button.of(copy.text("progress.logMeeting"), ActionIds.MEETING_LOG_OPEN, pairing.id().value())));
        }
        return reply.build();
    }

    /**
     * The program's journey numbers: counts and totals, never words. Read from the counters the
     * journey store keeps with every change, so it costs the same whatever the program's size.
     */
    public JourneyStats stats() {
        return journeys.stats();
    }

    /** The stats lines for {@code s}. */
    public List<Field> statsFields(JourneyStats s) {
        return List.of(
                new Field(copy.text("stats.pairsWithGoals"), String.valueOf(s.pairsWithGoals())),
                new Field(copy.text("stats.goalsAchieved"), String.valueOf(s.goalsAchieved())),
                new Field(copy.text("stats.meetingsLogged"), String.valueOf(s.meetingsLogged())),
                new Field(copy.text("stats.hours"), hours(s.minutes())),
                new Field(copy.text("stats.medianDaysToFirstMeeting"), s.medianDaysToFirstMeeting(anonymity).isPresent()
                        ? String.format(Locale.ROOT, "%.1f", s.medianDaysToFirstMeeting(anonymity).getAsDouble()).replace(".0", "")
                        : copy.text("stats.withheldPairs", anonymity.minimum())));
    }

    /** Applies {@code change} to the pair's journey by compare-and-set, re-reading on a race; answers the result. */
    Journey update(PairId pair, UnaryOperator<Journey> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Journey current = journeys.of(pair);
            Journey updated = change.apply(current);
            if (updated.equals(current) || journeys.replace(current, updated)) {
                return updated;
            }
        }
        throw new IllegalStateException("the journey of " + pair + " kept changing; gave up after " + ATTEMPTS + " attempts");
    }

    private Reply withPairing(Actor actor, String value, Function<Pairing, Reply> action) {
        Optional<Pairing> pairing = pairIn(value).flatMap(pairings::find);
        if (pairing.isEmpty()) {
            return Reply.text(copy.text("journey.unknown"));
        }
        if (!pairing.get().involves(actor.id())) {
            return Reply.text(copy.text("journey.notYours"));
        }
        if (pairing.get().status() == PairingStatus.ENDED) {
            return Reply.text(copy.text("journey.ended"));
        }
        return action.apply(pairing.get());
    }

    private void tellPartner(Actor actor, Pairing pairing, String text, String actionId, String label, String value) {
        ParticipantId partner = pairing.partnerOf(actor.id());
        messenger.deliver(new Message(List.of(partner), Reply.builder().text(text)
                .buttons(List.of(Button.of(label, actionId, value))).build(), Message.Kind.NOTICE));
    }

    private List<Field> goalFields(List<Goal> goals) {
        List<Field> fields = new ArrayList<>();
        for (int n = 1; n <= goals.size(); n++) {
            Goal goal = goals.get(n - 1);
            String status = copy.text("goal.status." + goal.status().wireName());
            fields.add(new Field(copy.text("field.goal", n), goal.byWhen().isEmpty()
                    ? copy.text("goal.line", goal.what(), status) : copy.text("goal.lineBy", goal.what(), goal.byWhen(), status)));
        }
        return fields;
    }

    private String reached(Journey journey) {
        List<String> reached = new ArrayList<>();
        journey.firstMeeting().ifPresent(d -> reached.add(copy.text("milestone.firstMeeting", DAY.format(d))));
        if (!journey.goals().isEmpty()) {
            reached.add(copy.text("milestone.goalsAgreed"));
        }
        if (journey.reflected(Milestone.MIDPOINT_REVIEW)) {
            reached.add(copy.text("milestone.midpointDone"));
        }
        if (journey.reflected(Milestone.CLOSING_REFLECTION)) {
            reached.add(copy.text("milestone.closingDone"));
        }
        return reached.isEmpty() ? copy.text("progress.noneYet") : String.join(", ", reached);
    }

    private String meetingLine(Meeting m) {
        String line = copy.text("progress.meetingLine", DAY.format(m.date()), m.minutes(), nameOf(m.loggedBy()));
        return m.notes().isEmpty() ? line : line + " — " + m.notes();
    }

    static String hours(long minutes) {
        double hours = minutes / 60.0;
        String text = String.format(Locale.ROOT, "%.1f", hours);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private LocalDate today(ParticipantId person, Instant now) {
        return LocalDate.ofInstant(now, zoneOf(person));
    }

    private ZoneId zoneOf(ParticipantId person) {
        return participants.find(person).map(p -> p.profile().timezone()).orElse(ZoneOffset.UTC);
    }

    private String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }

    static Optional<PairId> pairIn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int mark = value.indexOf('#');
        String id = mark < 0 ? value : value.substring(0, mark);
        try {
            return Optional.of(new PairId(id));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Milestone> milestoneIn(String value) {
        int mark = value == null ? -1 : value.lastIndexOf('#');
        if (mark < 0) {
            return Optional.empty();
        }
        String wire = value.substring(mark + 1);
        return java.util.Arrays.stream(Milestone.values()).filter(m -> m.wireName().equals(wire)).findFirst();
    }
}
