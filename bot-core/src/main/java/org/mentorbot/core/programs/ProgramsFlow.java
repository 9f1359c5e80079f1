package org.mentorbot.core.programs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;

/**
 * The organisation's programs as people see them: the list with each program's objectives,
 * status and the person's role in it, and the admin's form to create or edit a program.
 */
public final class ProgramsFlow {

    private final ProgramStore programs;
    private final ProgramForm form;
    private final Copy copy;

    public ProgramsFlow(ProgramStore programs, Copy copy) {
        this.programs = programs;
        this.form = new ProgramForm(copy);
        this.copy = copy;
    }

    /** Every program: name, slug, objectives, status and the person's role ({@code roleOf} gives it, when they have one). */
    public Reply list(Function<Program, Optional<String>> roleOf, Instant now) {
        List<Program> all = programs.all();
        Reply.Builder reply = Reply.builder().header(copy.text("programs.title"));
        if (all.isEmpty()) {
            return reply.text(copy.text("programs.none")).build();
        }
        for (Program p : all) {
            StringBuilder line = new StringBuilder(copy.text("programs.line", p.name(), p.slug().value(),
                    copy.text("programs.status." + p.status(now).wireName())));
            if (!p.objectives().isEmpty()) {
                line.append('\n').append(p.objectives());
            }
            line.append('\n').append(roleOf.apply(p).map(role -> copy.text("programs.yourRole", role))
                    .orElse(p.acceptsJoins(now) ? copy.text("programs.joinHint", p.slug().value()) : copy.text("programs.notJoinable")));
            reply.text(line.toString());
        }
        return reply.build();
    }

    /** The form to create a program, or to edit {@code existing}. */
    public Reply form(Optional<Program> existing) {
        return Reply.builder().form(form.form(existing)).build();
    }

    /** Creates or updates the program from a submitted form; names each field to fix. */
    public Reply submit(Optional<Program> existing, Map<String, String> values) {
        ProgramForm.Result result = form.read(existing, values);
        if (result.program().isEmpty()) {
            return Reply.formErrors(result.errors());
        }
        Program program = result.program().get();
        if (existing.isEmpty() && programs.find(program.slug()).isPresent()) {
            return Reply.formErrors(Map.of(ProgramForm.SLUG, copy.text("programForm.error.taken", program.slug().value())));
        }
        programs.save(program);
        return Reply.text(copy.text(existing.isEmpty() ? "programs.created" : "programs.updated", program.name(), program.slug().value()));
    }

    /** Marks the program closed: no joins, no new nudges; nothing is deleted. */
    public Optional<Program> close(ProgramSlug slug, Instant now) {
        Optional<Program> program = programs.find(slug).filter(p -> p.closedAt() == null);
        program.map(p -> p.closed(now)).ifPresent(programs::save);
        return program.map(p -> p.closed(now));
    }
}
