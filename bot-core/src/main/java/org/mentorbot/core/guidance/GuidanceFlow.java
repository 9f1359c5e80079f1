package org.mentorbot.core.guidance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.conversation.ActionIds;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Form;
import org.mentorbot.core.conversation.Form.Choice;
import org.mentorbot.core.conversation.Form.Input;
import org.mentorbot.core.conversation.Form.Kind;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.ParticipantStatus;
import org.mentorbot.core.people.ParticipantStore;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramResource;
import org.mentorbot.core.programs.ProgramResource.Audience;
import org.mentorbot.core.programs.ProgramStore;

/**
 * Training and resources: {@code resources} shows the guides for the person's role in the
 * program (every guide to someone not in it), a person who joins gets the guide for their role,
 * and a program admin adds a guide with a form ({@code resource add}).
 */
public final class GuidanceFlow {

    public static final int MAX_RESOURCES = 30;
    public static final int MAX_TITLE = 80;
    public static final int MAX_TEXT = 2_000;
    static final String TITLE = "title";
    static final String AUDIENCE = "for";
    static final String TEXT = "text";
    static final String URL = "url";

    private final Program program;
    private final ProgramStore programs;
    private final ParticipantStore participants;
    private final Guides guides;
    private final Copy copy;

    public GuidanceFlow(Program program, ProgramStore programs, ParticipantStore participants, Copy copy) {
        this.program = program;
        this.programs = programs;
        this.participants = participants;
        this.guides = new Guides(copy);
        this.copy = copy;
    }

    /** The guides for the person's role here, or every guide when they are not in the program. */
    public Reply resources(ParticipantId person) {
        Role role = participants.find(person).filter(p -> p.status() != ParticipantStatus.LEFT)
                .map(p -> p.profile().role()).orElse(null);
        Reply.Builder reply = Reply.builder().header(role == null ? copy.text("resources.titleEveryone")
                : copy.text("resources.title", copy.text("role." + role.wireName())));
        guides.defaults().stream().filter(g -> Guides.fits(g, role)).forEach(g -> reply.text(render(g)));
        List<ProgramResource> own = guides.ofProgram(program, role);
        if (!own.isEmpty()) {
            reply.text(copy.text("resources.programAdded", program.name()));
            own.forEach(g -> reply.text(render(g)));
        }
        return reply.build();
    }

    /** A line for the join confirmation: the guide for the role the person joined as. */
    public String joinGuide(Role role) {
        ProgramResource guide = guides.roleGuide(role);
        return copy.text("resources.joinGuide", copy.text("role." + role.wireName()), guide.title(), guide.text());
    }

    /** The form that adds a guide to the program; it carries {@code context} back. */
    public Reply form(String context) {
        List<Input> inputs = List.of(
                new Input(TITLE, copy.text("resourceForm.titleLabel"), Kind.TEXT, true, "", List.of(), MAX_TITLE, ""),
                new Input(AUDIENCE, copy.text("resourceForm.audience"), Kind.SELECT, true, Audience.ALL.wireName(),
                        List.of(Audience.values()).stream().map(a -> new Choice(copy.text("resourceForm.audience." + a.wireName()),
                                a.wireName())).toList(), 0, ""),
                new Input(TEXT, copy.text("resourceForm.text"), Kind.MULTILINE, false, "", List.of(), MAX_TEXT, ""),
                new Input(URL, copy.text("resourceForm.url"), Kind.TEXT, false, "", List.of(), 500, ""));
        return Reply.builder().form(new Form(ActionIds.FORM_RESOURCE, copy.text("resourceForm.title"),
                copy.text("resourceForm.submit"), context, inputs, copy.text("resourceForm.intro", program.name()))).build();
    }

    /** Reads a submitted guide; adds it to the program, or names what to fix. */
    public Reply submit(Map<String, String> values) {
        String title = values.getOrDefault(TITLE, "").strip();
        String text = values.getOrDefault(TEXT, "").strip();
        String url = values.getOrDefault(URL, "").strip();
        Optional<Audience> audience = Audience.parse(values.getOrDefault(AUDIENCE, "all"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put(TITLE, copy.text("resourceForm.error.title"));
        }
        if ((text.isEmpty() && url.isEmpty()) || text.length() > MAX_TEXT) {
            errors.put(TEXT, copy.text("resourceForm.error.body"));
        }
        if (!url.isEmpty() && !url.matches("https?://\\S{1,490}")) {
            errors.put(URL, copy.text("resourceForm.error.url"));
        }
        if (audience.isEmpty()) {
            errors.put(AUDIENCE, copy.text("resourceForm.audience"));
        }
        Program current = programs.find(program.slug()).orElse(program);
        if (current.resources().size() >= MAX_RESOURCES) {
            errors.put(TITLE, copy.text("resourceForm.error.full", current.name(), MAX_RESOURCES));
        }
        if (!errors.isEmpty()) {
            return Reply.formErrors(errors);
        }
        List<ProgramResource> resources = new ArrayList<>(current.resources());
        resources.add(new ProgramResource(title, audience.get(), text, url));
        programs.save(current.withResources(resources));
        return Reply.text(copy.text("resource.added", title, current.name(),
                copy.text("resourceForm.audience." + audience.get().wireName())));
    }

    private String render(ProgramResource guide) {
        StringBuilder text = new StringBuilder(guide.title());
        if (!guide.text().isBlank()) {
            text.append('\n').append(guide.text());
        }
        if (!guide.url().isBlank()) {
            text.append('\n').append(copy.text("resources.link", guide.url()));
        }
        return text.toString();
    }
}
