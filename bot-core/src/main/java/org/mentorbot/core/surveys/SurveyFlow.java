package org.mentorbot.core.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Delivery;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Message;
import org.mentorbot.core.conversation.Messenger;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.journey.SurveyPrompts;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyQuestion.Scale;
import org.mentorbot.core.programs.SurveyStage;

/**
 * A program's surveys at the start (the baseline), the mid-point and the end: put to each
 * participant once per stage, with one reminder, answered once, in a form of the program's
 * questions. The button carries the program's slug and the stage ({@code eng~mid}); the
 * {@code survey} command opens the person's latest unanswered survey. Answers are the person's:
 * admins see them only in aggregates over at least the {@link Anonymity} minimum.
 */
public final class SurveyFlow implements SurveyPrompts {

    private final Program program;
    private final SurveyStore surveys;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final Messenger messenger;
    private final Copy copy;
    private final Anonymity anonymity;

    public SurveyFlow(Program program, SurveyStore surveys, ParticipantStore participants, PairingStore pairings,
                      Messenger messenger, Copy copy, Anonymity anonymity) {
        this.program = program;
        this.surveys = surveys;
        this.participants = participants;
        this.pairings = pairings;
        this.messenger = messenger;
        this.copy = copy;
        this.anonymity = anonymity;
    }

    @Override
    public boolean asks(SurveyStage stage) {
        return !program.survey().questionsAt(stage, copy).isEmpty();
    }

    @Override
    public Delivery invite(List<ParticipantId> people, SurveyStage stage, Instant now) {
        Delivery all = Delivery.to(List.of());
        for (ParticipantId person : people) {
            Optional<Participant> participant = participants.find(person).filter(Participant::isActive);
            if (surveys.invitation(stage, person).isPresent() || participant.isEmpty() || !asks(stage)) {
                all = all.and(Delivery.to(List.of(person)));
                continue;
            }
            Delivery one = messenger.deliver(new Message(List.of(person), prompt(stage, false), Message.Kind.SURVEY));
            if (one.reachedAnyone()) {
                surveys.invite(new SurveyInvite(stage, person, participant.get().profile().level(), now));
            }
            all = all.and(one);
        }
        return all;
    }

    @Override
    public Delivery remind(List<ParticipantId> people, SurveyStage stage, Instant now) {
        Delivery all = Delivery.to(List.of());
        for (ParticipantId person : people) {
            boolean due = surveys.invitation(stage, person).isPresent() && surveys.response(stage, person).isEmpty()
                    && participants.find(person).filter(Participant::isActive).isPresent();
            all = all.and(due && surveys.remind(stage, person, now)
                    ? messenger.deliver(new Message(List.of(person), prompt(stage, true), Message.Kind.SURVEY))
                    : Delivery.to(List.of(person)));
        }
        return all;
    }

    /**
     * The program is closing: everyone in an open pair is asked the end survey now (once, as
     * ever). Answers how many were asked now.
     */
    public int closing(Instant now) {
        List<ParticipantId> people = pairings.open().stream().map(Pairing::members).flatMap(List::stream).distinct()
                .filter(p -> surveys.invitation(SurveyStage.END, p).isEmpty())
                .filter(p -> participants.find(p).filter(Participant::isActive).isPresent()).toList();
        return invite(people, SurveyStage.END, now).delivered().size();
    }

    /** The survey form for the stage the button names; refuses people outside the program, and a second answer. */
    public Reply open(Actor actor, String value) {
        Optional<SurveyStage> stage = stageIn(value);
        if (stage.isEmpty()) {
            return Reply.text(copy.text("survey.unknown"));
        }
        if (participants.find(actor.id()).isEmpty()) {
            return Reply.text(copy.text("survey.notYours", program.name()));
        }
        if (surveys.response(stage.get(), actor.id()).isPresent()) {
            return Reply.text(copy.text("survey.already")).replacingOriginal();
        }
        return Reply.builder().form(form(stage.get())).build();
    }

    /** The {@code survey} command: the person's latest survey not answered yet, or word that there is none. */
    public Reply pending(Actor actor) {
        for (int i = SurveyStage.values().length - 1; i >= 0; i--) {
            SurveyStage stage = SurveyStage.values()[i];
            if (surveys.invitation(stage, actor.id()).isPresent() && surveys.response(stage, actor.id()).isEmpty()) {
                return Reply.builder().form(form(stage)).build();
            }
        }
        return Reply.text(copy.text("survey.nonePending", program.name()));
    }

    /** Records the answers, once per person and stage, or names each question still to answer and records nothing. */
    public Reply submit(Actor actor, String context, Map<String, String> values, Instant now) {
        Optional<SurveyStage> stage = stageIn(context);
        if (stage.isEmpty()) {
            return Reply.text(copy.text("survey.unknown"));
        }
        if (participants.find(actor.id()).isEmpty()) {
            return Reply.text(copy.text("survey.notYours", program.name()));
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (SurveyQuestion question : program.survey().questionsAt(stage.get(), copy)) {
            String raw = values.get(question.key());
            try {
                int answer = Integer.parseInt(raw == null ? "" : raw.strip());
                if (question.scale().allows(answer)) {
                    answers.put(question.key(), answer);
                    continue;
                }
            } catch (NumberFormatException notANumber) {
                // named below, with the question
            }
            errors.put(question.key(), copy.text("survey.error.choose", question.scale().min(), question.scale().max()));
        }
        if (!errors.isEmpty()) {
            return Reply.formErrors(errors);
        }
        if (answers.isEmpty()) {
            return Reply.text(copy.text("survey.unknown"));
        }
        boolean recorded = surveys.respond(new SurveyResponse(stage.get(), actor.id(), answers, now));
        return Reply.text(recorded ? copy.text("survey.thanks", anonymity.minimum()) : copy.text("survey.already"))
                .replacingOriginal();
    }

    private Reply prompt(SurveyStage stage, boolean reminder) {
        int questions = program.survey().questionsAt(stage, copy).size();
        return Reply.builder().header(reminder ? copy.text("survey.reminder.title." + stage.wireName(), program.name())
                        : copy.text("survey.invite.title." + stage.wireName(), program.name()))
                .text(reminder ? copy.text("survey.reminder.text", program.name(), questions, anonymity.minimum())
                        : copy.text("survey.invite.text", program.name(), questions, anonymity.minimum()))
                .buttons(List.of(new Button(copy.text("survey.button"), ActionIds.SURVEY_OPEN, value(stage), Style.PRIMARY)))
                .build();
    }

    private Form form(SurveyStage stage) {
        List<Form.Input> inputs = new ArrayList<>();
        for (SurveyQuestion question : program.survey().questionsAt(stage, copy)) {
            inputs.add(new Form.Input(question.key(), question.text(), Form.Kind.SELECT, true, "", choices(question.scale()), 0, ""));
        }
        return new Form(ActionIds.FORM_SURVEY, copy.text("survey.form.title." + stage.wireName()), copy.text("survey.submit"),
                value(stage), inputs).withIntro(copy.text("survey.form.intro", program.name(), anonymity.minimum()));
    }

    private List<Form.Choice> choices(Scale scale) {
        return switch (scale) {
            case YES_NO -> List.of(new Form.Choice(copy.text("survey.yes"), "1"), new Form.Choice(copy.text("survey.no"), "0"));
            case RATING -> IntStream.rangeClosed(1, 5).map(i -> 6 - i)
                    .mapToObj(i -> new Form.Choice(copy.text("survey.rating." + i), String.valueOf(i))).toList();
            case RECOMMEND -> IntStream.rangeClosed(0, 10).map(i -> 10 - i)
                    .mapToObj(i -> new Form.Choice(i == 10 ? copy.text("survey.recommend.top")
                            : i == 0 ? copy.text("survey.recommend.bottom") : String.valueOf(i), String.valueOf(i))).toList();
        };
    }

    private String value(SurveyStage stage) {
        return program.slug().scope(stage.wireName());
    }

    /** The stage in a button's value or a form's context: the part after the program's {@code ~}, or all of it. */
    static Optional<SurveyStage> stageIn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int scope = value.indexOf('~');
        String stage = scope < 0 ? value : value.substring(scope + 1);
        return SurveyStage.parse(stage);
    }
}
