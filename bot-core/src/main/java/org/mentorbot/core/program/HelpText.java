package org.mentorbot.core.program;

import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;

/** What the bot does and every command, for participants and (to admins) the admin commands too. */
final class HelpText {

    private static final List<String> EVERYONE = List.of("help", "programs", "join", "profile", "pause", "resume", "leave",
            "feedback", "export", "delete me", "rematch", "suggestions");
    private static final List<String> ADMINS = List.of("stats", "match", "match preview", "nudge", "poll",
            "program new", "program edit", "program close");

    private final Copy copy;

    HelpText(Copy copy) {
        this.copy = copy;
    }

    Reply help(boolean admin) {
        List<Field> commands = new ArrayList<>();
        EVERYONE.forEach(c -> commands.add(new Field(c, copy.text("help." + c.replace(' ', '_')))));
        Reply.Builder reply = Reply.builder().header(copy.text("help.title")).text(copy.text("help.intro")).fields(commands);
        List<Field> adminCommands = new ArrayList<>();
        ADMINS.forEach(c -> adminCommands.add(new Field(c, copy.text("help." + c.replace(' ', '_')))));
        return reply.text(copy.text(admin ? "help.adminIntro" : "help.adminNote")).fields(adminCommands).build();
    }

    Reply welcome(String name) {
        return Reply.builder().header(copy.text("welcome.title", name)).text(copy.text("help.intro"))
                .text(copy.text("welcome.next")).build();
    }
}
