package org.mentorbot.core.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.CommandList;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;

/**
 * What the bot does and every command, for participants and (to admins) the admin commands too.
 * Words the bot does not know are named back, with the command they most likely meant.
 */
final class HelpText {

    private static final List<String> EVERYONE = CommandList.everyone();
    private static final List<String> ADMINS = CommandList.admins();
    private static final int MAX_ECHO = 60;

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

    /** "I don't know '<words>'", the closest command (an admin command only for admins), then the help. */
    Reply unknown(List<String> words, boolean admin) {
        String typed = String.join(" ", words);
        String echo = typed.length() > MAX_ECHO ? typed.substring(0, MAX_ECHO) + "…" : typed;
        Reply.Builder reply = Reply.builder().text(copy.text("help.unknown", echo));
        closest(words, admin).ifPresent(c -> reply.text(copy.text("help.closest", c)));
        return reply.append(help(admin)).build();
    }

    Reply welcome(String name) {
        return Reply.builder().header(copy.text("welcome.title", name)).text(copy.text("help.intro"))
                .text(copy.text("welcome.next")).build();
    }

    /**
     * The command whose words are fewest edits away from as many leading words typed; none when
     * even the closest needs more edits than a third of its length (at least one).
     */
    static Optional<String> closest(List<String> words, boolean admin) {
        List<String> candidates = new ArrayList<>(EVERYONE);
        if (admin) {
            candidates.addAll(ADMINS);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String command : candidates) {
            int length = command.split(" ").length;
            if (words.size() < length) {
                continue;
            }
            String typed = String.join(" ", words.subList(0, length));
            int limit = Math.max(1, command.length() / 3);
            if (Math.abs(typed.length() - command.length()) > limit) {
                continue;
            }
            int distance = distance(typed, command);
            if (distance < bestDistance && distance <= limit) {
                best = command;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The fewest insertions, deletions, substitutions and swaps of two neighbouring letters that turn
     * {@code a} into {@code b} (optimal string alignment), so "joni" is one slip from "join".
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        Arrays.setAll(d[0], j -> j);
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
