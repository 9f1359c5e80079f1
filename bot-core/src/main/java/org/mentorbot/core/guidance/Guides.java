package org.mentorbot.core.guidance;

import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.programs.ProgramResource;
import org.mentorbot.core.programs.ProgramResource.Audience;

/**
 * The guides a program offers: the ones that ship with the bot (from the {@code guidance} copy
 * bundle: {@code guide.ids} and each guide's audience, title and text), then the program's own.
 */
final class Guides {

    private final Copy copy;

    Guides(Copy copy) {
        this.copy = copy;
    }

    /** The guides that ship with the bot, in their order. */
    List<ProgramResource> defaults() {
        List<ProgramResource> guides = new ArrayList<>();
        for (String id : copy.text("guide.ids").split(",")) {
            String guide = id.strip();
            guides.add(new ProgramResource(copy.text("guide." + guide + ".title"),
                    Audience.parse(copy.text("guide." + guide + ".for")).orElse(Audience.ALL), copy.text("guide." + guide + ".text"), ""));
        }
        return guides;
    }

    /** The built-in guides for the role, then the program's own for it; a null role gets every guide. */
    List<ProgramResource> forRole(Program program, Role role) {
        List<ProgramResource> guides = new ArrayList<>(defaults().stream().filter(g -> fits(g, role)).toList());
        guides.addAll(ofProgram(program, role));
        return guides;
    }

    List<ProgramResource> ofProgram(Program program, Role role) {
        return program.resources().stream().filter(g -> fits(g, role)).toList();
    }

    /** The guide written for the role itself: what is expected of a mentor, or of a mentee. */
    ProgramResource roleGuide(Role role) {
        return defaults().stream().filter(g -> g.audience() == (role.mentors() ? Audience.MENTOR : Audience.MENTEE))
                .findFirst().orElseThrow();
    }

    static boolean fits(ProgramResource guide, Role role) {
        return role == null || switch (guide.audience()) {
            case ALL -> true;
            case MENTOR -> role.mentors();
            case MENTEE -> role.isMentored();
        };
    }
}
