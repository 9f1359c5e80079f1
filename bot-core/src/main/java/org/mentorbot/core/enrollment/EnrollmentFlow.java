package org.mentorbot.core.enrollment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingLifecycle;
import org.mentorbot.core.pairing.PairingStatus;
import org.mentorbot.core.people.Cadence;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.Profile;

/**
 * Joining, looking at and changing one's own place in the program: the enrollment form,
 * the profile, pausing, resuming and leaving. Leaving ends an open pairing gracefully: the
 * partner is told, and a mentee left behind goes back into the pool for the next round.
 */
public final class EnrollmentFlow {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM, HH:mm (VV)", Locale.ENGLISH);

    private final ParticipantStore participants;
    private final PairingLifecycle lifecycle;
    private final Messenger messenger;
    private final ProfileForm form;
    private final Copy copy;
    private final String formContext;
    private final String formIntro;

    public EnrollmentFlow(ParticipantStore participants, PairingLifecycle lifecycle, Messenger messenger, Copy copy) {
        this(participants, lifecycle, messenger, copy, "", "");
    }

    /**
     * @param formContext what the enrollment form carries back, so that a submission finds its program
     * @param formIntro   what the form says above its inputs: the program and what it is for
     */
    public EnrollmentFlow(ParticipantStore participants, PairingLifecycle lifecycle, Messenger messenger, Copy copy,
                          String formContext, String formIntro) {
        this.participants = participants;
        this.lifecycle = lifecycle;
        this.messenger = messenger;
        this.form = new ProfileForm(copy);
        this.copy = copy;
        this.formContext = formContext;
        this.formIntro = formIntro;
    }

    /** Opens the enrollment form, pre-filled with the current profile when there is one. */
    public Reply join(Actor actor) {
        Optional<Profile> existing = participants.find(actor.id()).filter(p -> p.status() != ParticipantStatus.LEFT)
                .map(Participant::profile);
        return Reply.builder().form(form.form(existing, actor.timezone()).withContext(formContext).withIntro(formIntro)).build();
    }

    /** Reads the submitted form: creates the participant, or updates the profile of one who joined before. */
    public Reply submit(Actor actor, Map<String, String> values, Instant now) {
        ProfileForm.Result result = form.read(actor.displayName(), values);
        if (result.profile().isEmpty()) {
            return Reply.formErrors(result.errors());
        }
        Profile profile = result.profile().get();
        Optional<Participant> before = participants.find(actor.id());
        boolean rejoined = before.isEmpty() || before.get().status() == ParticipantStatus.LEFT;
        Participant saved = rejoined
                ? new Participant(actor.id(), profile, ParticipantStatus.ACTIVE, now)
                : before.get().withProfile(profile);
        participants.save(saved);
        return Reply.builder()
                .text(copy.text(rejoined ? "join.welcome" : "join.updated", saved.name(), copy.text("role." + profile.role().wireName())))
                .build();
    }

    /** The person's profile, their pairing and what they can do next. */
    public Reply profile(Actor actor) {
        Optional<Participant> me = participants.find(actor.id()).filter(p -> p.status() != ParticipantStatus.LEFT);
        if (me.isEmpty()) {
            return notEnrolled();
        }
        Profile p = me.get().profile();
        List<Field> fields = new ArrayList<>(List.of(
                new Field(copy.text("field.role"), copy.text("roleLabel." + p.role().wireName())),
                new Field(copy.text("field.status"), copy.text("status." + me.get().status().name().toLowerCase(Locale.ROOT))),
                new Field(copy.text("field.skillsOffered"), orNone(String.join(", ", p.skillsOffered()))),
                new Field(copy.text("field.skillsWanted"), orNone(String.join(", ", p.skillsWanted()))),
                new Field(copy.text("field.goals"), orNone(p.goals())),
                new Field(copy.text("field.department"), orNone(p.department())),
                new Field(copy.text("field.level"), String.valueOf(p.level())),
                new Field(copy.text("field.timezone"), p.timezone().getId()),
                new Field(copy.text("field.languages"), String.join(", ", p.languages()))));
        fields.add(new Field(copy.text("field.cadence"), cadence(p.cadence())));
        if (p.role().mentors()) {
            fields.add(new Field(copy.text("field.capacity"), String.valueOf(p.capacity())));
        }
        for (Pairing pairing : lifecycle.openPairingsOf(actor.id())) {
            fields.add(new Field(copy.text(pairing.mentor().equals(actor.id()) ? "profile.mentee" : "profile.mentor"),
                    nameOf(pairing.partnerOf(actor.id()))));
            if (pairing.status() == PairingStatus.ACTIVE) {
                fields.add(new Field(copy.text("profile.nextCheckIn"), WHEN.format(pairing.nextCheckInAt().atZone(p.timezone()))));
            }
        }
        return Reply.builder().header(copy.text("profile.title", me.get().name())).fields(fields)
                .buttons(profileButtons(me.get())).build();
    }

    private String cadence(Cadence cadence) {
        return switch (cadence) {
            case PROGRAM -> copy.text("cadence.program");
            case WEEKLY -> copy.text("cadence.weekly");
            case BIWEEKLY -> copy.text("cadence.biweekly");
            case MONTHLY -> copy.text("cadence.monthly");
        };
    }

    /** Stops nudges and new matches for the person; their active pairings wait. */
    public Reply pause(Actor actor) {
        Optional<Participant> me = participants.find(actor.id()).filter(Participant::isActive);
        if (me.isEmpty()) {
            return participants.find(actor.id()).filter(p -> p.status() == ParticipantStatus.PAUSED).isPresent()
                    ? Reply.text(copy.text("pause.already")) : notEnrolled();
        }
        participants.save(me.get().withStatus(ParticipantStatus.PAUSED));
        lifecycle.pauseAllOf(actor.id());
        return Reply.text(copy.text("pause.done"));
    }

    /** Restarts nudges and matching for a paused person; pairings whose partner is active start again. */
    public Reply resume(Actor actor, Instant now) {
        Optional<Participant> me = participants.find(actor.id()).filter(p -> p.status() == ParticipantStatus.PAUSED);
        if (me.isEmpty()) {
            return participants.find(actor.id()).filter(Participant::isActive).isPresent()
                    ? Reply.text(copy.text("resume.already")) : notEnrolled();
        }
        participants.save(me.get().withStatus(ParticipantStatus.ACTIVE));
        lifecycle.resumeAllOf(actor.id(), partner -> participants.find(partner).map(Participant::isActive).orElse(false), now);
        return Reply.text(copy.text("resume.done"));
    }

    /** Leaves the program: open pairings end, partners are told. The profile stays so that joining again is quick. */
    public Reply leave(Actor actor, Instant now) {
        Optional<Participant> me = participants.find(actor.id()).filter(p -> p.status() != ParticipantStatus.LEFT);
        if (me.isEmpty()) {
            return notEnrolled();
        }
        participants.save(me.get().withStatus(ParticipantStatus.LEFT));
        tellPartners(actor.id(), lifecycle.endAllOf(actor.id(), "left", now), me.get().name());
        return Reply.text(copy.text("leave.done"));
    }

    /** Tells each partner of the ended pairings that their pairing ended, and a mentee that a new match is coming. */
    public void tellPartners(ParticipantId leaver, List<Pairing> ended, String leaverName) {
        for (Pairing pairing : ended) {
            ParticipantId partner = pairing.partnerOf(leaver);
            String key = pairing.mentee().equals(partner) ? "leave.partnerToldMentee" : "leave.partnerToldMentor";
            messenger.deliver(new Message(List.of(partner), Reply.text(copy.text(key, leaverName)), Message.Kind.NOTICE));
        }
    }

    /** Sends {@code reply} to the people on their own, as the program. */
    public void notify(List<ParticipantId> people, Reply reply, Message.Kind kind) {
        messenger.deliver(new Message(people, reply, kind));
    }

    /** The person's open pairings (active or paused) in this program. */
    public List<Pairing> openPairingsOf(ParticipantId person) {
        return lifecycle.openPairingsOf(person);
    }

    public String nameOf(ParticipantId id) {
        return participants.find(id).map(Participant::name).orElse(copy.text("someone"));
    }

    private List<Button> profileButtons(Participant me) {
        List<Button> buttons = new ArrayList<>();
        buttons.add(new Button(copy.text("button.editProfile"), ActionIds.PROFILE_EDIT, "", Style.PRIMARY));
        buttons.add(me.isActive()
                ? Button.of(copy.text("button.pause"), ActionIds.PAUSE, "")
                : Button.of(copy.text("button.resume"), ActionIds.RESUME, ""));
        buttons.add(Button.of(copy.text("button.feedback"), ActionIds.FEEDBACK_OPEN, ""));
        return buttons;
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? copy.text("none") : value;
    }

    private Reply notEnrolled() {
        return Reply.text(copy.text("notEnrolled"));
    }
}
