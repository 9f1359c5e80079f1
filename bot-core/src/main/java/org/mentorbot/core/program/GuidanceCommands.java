package org.mentorbot.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.checkin.CheckIn;
import org.mentorbot.core.checkin.CheckInOutcome;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.pairing.Pairing;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;
import org.mentorbot.core.recognition.Thanks;

/**
 * Guidance and recognition at the front door: {@code resources}, {@code thanks} (to the partner
 * in whichever program the person is paired), sharing a thank-you, {@code recognition} for
 * admins and {@code recognition on|off} for everyone, and meetings counted from "we met".
 */
final class GuidanceCommands {

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*(?:(?:<at>[^<]*</at>|<@[^>]+>|@\\S+)\\s*)*/?(?:mentor\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern THANKS_WORD = Pattern.compile("^thanks\\b[\\s:,.!-]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION = Pattern.compile("^(?:<@([^>|]+)(?:\\|[^>]*)?>|@(\\S+))");
    private static final int MAX_CHOICES = 20;

    private final ProgramRegistry registry;
    private final Targets targets;
    private final Memberships memberships;
    private final Copy copy;

    GuidanceCommands(ProgramRegistry registry, Targets targets, Memberships memberships, Copy copy) {
        this.registry = registry;
        this.targets = targets;
        this.memberships = memberships;
        this.copy = copy;
    }

    /** {@code resources [slug]}: the guides for the person's role in the program named, theirs, or the default one. */
    Reply resources(Actor actor, CommandLine line) {
        if (!line.arguments().isEmpty()) {
            return targets.find(line.arguments().get(0)).map(p -> registry.flows(p).guidance().resources(actor.id()))
                    .orElseGet(() -> targets.unknown(line.arguments().get(0)));
        }
        List<Program> theirs = memberships.of(actor.id());
        if (theirs.isEmpty()) {
            Program any = registry.find(ProgramSlug.DEFAULT).orElseGet(() -> registry.all().get(0));
            return registry.flows(any).guidance().resources(actor.id());
        }
        return targets.member(actor, line, theirs, (p, flows) -> flows.guidance().resources(actor.id()));
    }

    /** {@code thanks [words]}: to the person's partner; with several partners, a button for each. */
    Reply thanks(Actor actor, CommandLine line, Instant now) {
        String words = wordsOf(line.text());
        if (words.length() > Thanks.MAX_WORDS) {
            return Reply.text(copy.text("thanks.tooLong", words.length(), Thanks.MAX_WORDS));
        }
        Matcher mention = MENTION.matcher(words);
        if (mention.find() && actor.id().userId().equals(mention.group(1) != null ? mention.group(1) : mention.group(2))) {
            return Reply.text(copy.text("thanks.self"));
        }
        List<Map.Entry<Program, Pairing>> partners = new ArrayList<>();
        for (Program program : memberships.of(actor.id())) {
            registry.flows(program).enrollment().openPairingsOf(actor.id()).forEach(p -> partners.add(Map.entry(program, p)));
        }
        if (partners.isEmpty()) {
            return Reply.text(copy.text("thanks.noPartner"));
        }
        if (partners.size() == 1) {
            ProgramFlows flows = registry.flows(partners.get(0).getKey());
            Pairing pairing = partners.get(0).getValue();
            return words.isEmpty() ? flows.thanks().form(actor.id(), pairing, "")
                    : flows.thanks().send(actor.id(), pairing, words, false, now);
        }
        List<Button> buttons = partners.stream().limit(MAX_CHOICES).map(e -> Button.of(
                registry.flows(e.getKey()).enrollment().nameOf(e.getValue().partnerOf(actor.id())),
                ActionIds.THANKS_OPEN, (e.getValue().id().value() + " " + words).strip())).toList();
        return Reply.builder().text(copy.text("thanks.whom")).buttons(buttons).build();
    }

    /** The thanks form for the pair the button names (value: the pair's id, then any words). */
    Reply openThanks(Actor actor, String value) {
        String pairId = value.split(" ", 2)[0];
        String words = value.contains(" ") ? value.substring(value.indexOf(' ') + 1) : "";
        Optional<ProgramFlows> flows = registry.find(ProgramSlug.ofScoped(pairId)).map(registry::flows);
        Optional<Pairing> pairing = flows.flatMap(f -> f.thanks().openPairing(actor.id(), pairId));
        if (pairing.isEmpty()) {
            return Reply.text(copy.text("thanks.noPartner"));
        }
        return flows.get().thanks().form(actor.id(), pairing.get(), words);
    }

    Reply submitThanks(Inbound.FormSubmitted form, Instant now) {
        return registry.find(ProgramSlug.ofScoped(form.context()))
                .map(p -> registry.flows(p).thanks().submit(form.actor().id(), form.context(), form.values(), now))
                .orElseGet(() -> Reply.text(copy.text("thanks.noPartner")));
    }

    Reply share(Actor actor, String thanksId) {
        return registry.find(ProgramSlug.ofScoped(thanksId)).map(p -> registry.flows(p).thanks().share(actor.id(), thanksId))
                .orElseGet(() -> Reply.text(copy.text("thanks.unknown")));
    }

    Reply recognition(Actor actor, CommandLine line) {
        return targets.administered(actor, line, (p, flows) -> flows.recognition().list());
    }

    Reply optIn(Actor actor, CommandLine line, boolean on) {
        return targets.member(actor, line, memberships.of(actor.id()), (p, flows) -> flows.recognition().optIn(actor.id(), on));
    }

    Reply resourceForm(Actor actor, CommandLine line) {
        return targets.administered(actor, line, (p, flows) -> flows.guidance().form(p.slug().scope("resource")));
    }

    Reply submitResource(Inbound.FormSubmitted form) {
        Optional<Program> program = registry.find(ProgramSlug.ofScoped(form.context()));
        if (program.isEmpty() || !registry.administers(form.actor().id(), program.get())) {
            return targets.refused();
        }
        return registry.flows(program.get()).guidance().submit(form.values());
    }

    /** The join confirmation, with the guide for the role of someone who just joined. */
    Reply joined(Program program, Actor actor, boolean wasMember, Reply answer) {
        if (wasMember || answer.isFormRejection()) {
            return answer;
        }
        return memberships.membership(program, actor.id()).map(Participant::profile)
                .map(p -> Reply.builder().append(answer).text(registry.flows(program).guidance().joinGuide(p.role())).build())
                .orElse(answer);
    }

    /**
     * After a "we met" press: the meeting counts for the mentor's recognition (once per check-in),
     * and the updated message offers a <i>Say thanks</i> button.
     */
    Reply met(Actor actor, ProgramFlows flows, String checkInId, Reply answer, Instant now) {
        Program program = registry.find(ProgramSlug.ofScoped(checkInId)).orElse(null);
        if (program == null) {
            return answer;
        }
        Stores stores = registry.stores(program.slug());
        Optional<CheckIn> checkIn = parse(checkInId).flatMap(stores.checkIns()::find)
                .filter(c -> c.answered().map(a -> a.outcome() == CheckInOutcome.MET).orElse(false));
        Optional<Pairing> pairing = checkIn.flatMap(c -> stores.pairings().find(c.pair()));
        if (pairing.isEmpty()) {
            return answer;
        }
        flows.recognition().held(pairing.get(), "checkin:" + checkInId, now);
        if (!pairing.get().involves(actor.id()) || !pairing.get().status().isOpen()) {
            return answer;
        }
        Reply withButton = Reply.builder().append(answer).buttons(List.of(flows.thanks().button(pairing.get()))).build();
        return answer.replacesOriginal() ? withButton.replacingOriginal() : withButton;
    }

    /** The words after {@code thanks} as typed (case kept); {@code thank you …} is kept whole. */
    static String wordsOf(String text) {
        String rest = LEADING.matcher(text == null ? "" : text).replaceFirst("");
        return THANKS_WORD.matcher(rest).replaceFirst("").strip();
    }

    private static Optional<CheckInId> parse(String value) {
        try {
            return Optional.of(new CheckInId(value));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return Optional.empty();
        }
    }
}
