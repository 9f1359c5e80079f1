package org.mentorbot.core.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block.Button;
import org.mentorbot.core.conversation.Block.Style;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The step between asking for something that cannot be taken back — leaving a program, erasing
 * one's data — and doing it: the bot says what will happen, to whom, and offers Confirm and
 * Cancel. Cancelling changes nothing; confirming does it, and either answer takes the place of
 * the question so that its buttons cannot be pressed again.
 */
final class Confirmations {

    private final ProgramRegistry registry;
    private final Memberships memberships;
    private final Copy copy;

    Confirmations(ProgramRegistry registry, Memberships memberships, Copy copy) {
        this.registry = registry;
        this.memberships = memberships;
        this.copy = copy;
    }

    /** What leaving {@code program} would do, with the buttons that do it or not. */
    Reply askLeave(Actor actor, Program program) {
        List<String> partners = partnersIn(program, actor.id());
        String what = partners.isEmpty() ? copy.text("confirm.leave", program.name())
                : copy.text("confirm.leavePaired", program.name(), String.join(", ", partners));
        return ask(what, ActionIds.LEAVE_CONFIRM, program.slug().value());
    }

    /** Leaves the program the confirmed question named. */
    Reply leave(Actor actor, String slug, Instant now) {
        Optional<Program> program = ProgramSlug.parse(slug).flatMap(registry::find);
        if (program.isEmpty()) {
            return Reply.text(copy.text("error.unknownAction")).replacingOriginal();
        }
        return registry.flows(program.get()).enrollment().leave(actor, now).replacingOriginal();
    }

    /** What erasing the person's data would do; nothing to ask when the program holds nothing about them. */
    Reply askDeleteMe(Actor actor, Instant now) {
        List<Program> holding = registry.all().stream()
                .filter(p -> registry.flows(p).personalData().data(actor.id()).isPresent()).toList();
        if (holding.isEmpty() && !memberships.hasAddress(actor.id())) {
            return memberships.deleteMe(actor.id(), now);
        }
        List<String> partners = new ArrayList<>();
        holding.forEach(p -> partners.addAll(partnersIn(p, actor.id())));
        String what = partners.isEmpty() ? copy.text("confirm.deleteMe")
                : copy.text("confirm.deleteMePaired", String.join(", ", partners));
        return ask(what, ActionIds.DELETE_CONFIRM, "");
    }

    Reply deleteMe(Actor actor, Instant now) {
        return memberships.deleteMe(actor.id(), now).replacingOriginal();
    }

    Reply cancelled() {
        return Reply.text(copy.text("confirm.cancelled")).replacingOriginal();
    }

    private Reply ask(String what, String confirmAction, String value) {
        return Reply.builder().text(what).buttons(List.of(
                new Button(copy.text("confirm.confirm"), confirmAction, value, Style.DANGER),
                Button.of(copy.text("confirm.cancel"), ActionIds.CANCEL, value))).build();
    }

    private List<String> partnersIn(Program program, ParticipantId person) {
        var enrollment = registry.flows(program).enrollment();
        return enrollment.openPairingsOf(person).stream().map(p -> enrollment.nameOf(p.partnerOf(person))).toList();
    }
}
