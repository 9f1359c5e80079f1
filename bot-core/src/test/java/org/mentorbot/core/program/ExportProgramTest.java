package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;

import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Command;
import org.mentorbot.core.conversation.Reply;

/**
 * {@code export program}: the admins get a CSV file of the program's pairings, one row each, that a
 * spreadsheet opens safely — and nothing in it that one person said about the program.
 */
class ExportProgramTest {

    final SeededProgram program = new SeededProgram();

    @Test
    void oneRowPerPairingQuotedAndWithoutFormulas() {
        program.feedback(5, 4, 2);

        Reply reply = program.chat.send(admin(), "export program");

        assertThat(reply.fallback()).contains("The pairings of Mentoring program: 3 rows");
        Block.Document file = reply.blocks().stream().filter(Block.Document.class::isInstance).map(Block.Document.class::cast)
                .findFirst().orElseThrow();
        assertThat(file.filename()).isEqualTo("mentorbot-default-pairings.csv");
        assertThat(file.mediaType()).isEqualTo("text/csv");
        assertThat(file.content()).isEqualTo(""
                + "program,mentor,mentee,introduced,status,ended,ended_why,meetings_logged,last_checkin,goals_set,goals_achieved,stalled\r\n"
                + "Mentoring program,Maya,Ed,2026-01-05,active,,,2,not yet,2,1,no\r\n"
                + "Mentoring program,Rui,Lin,2026-01-05,ended,2026-02-15,left,1,need help,1,0,no\r\n"
                + "Mentoring program,\"Zoë \"\"Z\"\", Ops\",'=1+2,2026-02-02,active,,,0,,0,0,yes\r\n");
        assertThat(file.content()).as("no ratings, comments, goals' words or notes")
                .doesNotContain("Comment", "Lead a design review", "private note", "UED");
    }

    @Test
    void onlyAnAdminExportsAProgramAndOnlyAProgramThatExists() {
        assertThat(program.chat.send(program.ed, "export program").fallback()).contains("Only program admins can do that");
        assertThat(program.chat.send(program.ed, "export program").blocks()).noneMatch(Block.Document.class::isInstance);
        assertThat(program.chat.send(admin(), "export program nosuch").fallback()).contains("nosuch", "default");
        assertThat(program.chat.bot.runsLong(new org.mentorbot.core.conversation.Inbound.CommandReceived(admin(), "export program")))
                .as("uploading a file may take longer than a platform waits").isTrue();
        assertThat(Command.EXPORT_PROGRAM.adminOnly()).isTrue();
    }
}
