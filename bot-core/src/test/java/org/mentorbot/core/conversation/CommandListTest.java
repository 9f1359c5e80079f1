package org.mentorbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandListTest {

    @Test
    void everyWordForEveryoneIsACommandEveryoneMayUse() {
        for (String word : CommandList.everyone()) {
            Command command = CommandParser.parse(word).command();
            assertThat(command).as(word).isNotEqualTo(Command.UNKNOWN);
            assertThat(command.adminOnly()).as(word).isFalse();
        }
    }

    @Test
    void everyWordForAdminsIsAnAdminCommand() {
        for (String word : CommandList.admins()) {
            assertThat(CommandParser.parse(word).command().adminOnly()).as(word).isTrue();
        }
    }

    @Test
    void everyCommandIsListedOnce() {
        List<Command> listed = new ArrayList<>();
        CommandList.everyone().forEach(word -> listed.add(CommandParser.parse(word).command()));
        CommandList.admins().forEach(word -> listed.add(CommandParser.parse(word).command()));

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed)).isEqualTo(EnumSet.complementOf(EnumSet.of(Command.UNKNOWN)));
    }
}
