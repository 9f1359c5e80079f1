package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.people.Role;
import org.mentorbot.core.reports.ChartRenderer;
import org.mentorbot.core.reports.Funnel;
import org.mentorbot.core.reports.ProgramReport;
import org.mentorbot.core.reports.ReportReply;
import org.mentorbot.core.reports.Retention;
import org.mentorbot.core.testkit.Conversation;

/**
 * A participant who leaves the organisation is a leaver in every program they are in, once; the
 * report counts them against the program's baseline; their export shows it and {@code delete me}
 * erases it.
 */
class LeaversTest {

    final SeededProgram program = new SeededProgram();

    @Test
    void aLeaverIsRecordedOnceWithTheDateAndTheirRole() {
        program.chat.advance(Duration.ofDays(73));

        assertThat(program.chat.bot.leftOrganisation(program.lin.id())).isEqualTo(1);
        assertThat(program.chat.bot.leftOrganisation(program.lin.id())).as("told twice, recorded once").isZero();
        assertThat(program.chat.bot.leftOrganisation(Conversation.person("UNOBODY", "Nobody").id())).isZero();

        assertThat(program.chat.stores.leavers().all()).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(Role.MENTEE);
            assertThat(l.at()).isEqualTo(program.chat.clock.instant());
        });
        assertThat(program.chat.send(admin(), "report").fallback()).contains(
                "Left the organisation: 1 of 7 participants (14%)", "Participants' turnover, annualised: 71%")
                .doesNotContain("Baseline annual turnover");
    }

    @Test
    void theReportSaysNothingOfLeaversUntilSomeoneLeaves() {
        assertThat(program.chat.send(admin(), "report").fallback()).doesNotContain("Left the organisation", "turnover");
    }

    @Test
    void aShortProgramIsNotAnnualisedAndTheBaselineIsShownBeside() {
        ProgramReport report = new ProgramReport(new Funnel(10, 8, 6, 5, 3, 1), new TreeMap<>(), List.of(), List.of(), List.of(),
                new Retention(20, 2, 12, 0.15));

        String lines = new ReportReply(Copy.english(), Anonymity.DEFAULT, ChartRenderer.NONE).render("Eng", "eng", report).fallback();

        assertThat(lines).contains("Left the organisation: 2 of 20 participants (10%)", "Baseline annual turnover: 15%")
                .doesNotContain("annualised");
    }

    @Test
    void theLeaverIsInTheirExportAndGoneWithDeleteMe() {
        program.chat.bot.leftOrganisation(program.kai.id());

        String export = program.chat.send(program.kai, "export").blocks().stream().filter(Block.Document.class::isInstance)
                .map(b -> ((Block.Document) b).content()).findFirst().orElseThrow();
        assertThat(export).contains("leftTheOrganisation", "mentee");

        program.chat.confirm(program.kai, "delete me");
        assertThat(program.chat.stores.leavers().all()).extracting(Leaver::person).doesNotContain(program.kai.id());
    }
}
