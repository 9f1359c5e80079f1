package org.mentorbot.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testkit.Conversation.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Inbound;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.conversation.Visibility;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.reports.Chart;
import org.mentorbot.core.reports.ChartRenderer;

/**
 * {@code report} on the {@link SeededProgram}: every number worked out by hand from its history,
 * the charts it asks for, and nothing drawn from fewer answers than the anonymity minimum.
 */
class ProgramReportTest {

    final List<Chart> drawn = new ArrayList<>();
    final ChartRenderer recording = chart -> {
        drawn.add(chart);
        return Optional.of(chart.title().getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void everyNumberOfTheSeededProgram() {
        SeededProgram program = new SeededProgram();
        program.feedback(5, 4, 2);

        Reply report = report(program, admin());

        assertThat(report.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(report.fallback().lines()).containsSubsequence(
                "Report on Mentoring program",
                "Mentees enrolled: 4", "Matched: 3", "Met: 2", "Goals set: 2", "Goals achieved: 1", "Completed: 1",
                "Meetings in January 2026: 2", "Meetings in February 2026: 1",
                "Feedback responses: 3", "Satisfaction (ratings 1 to 5): 1: 0 · 2: 1 · 3: 0 · 4: 1 · 5: 1",
                "Average rating: 3.7 / 5", "Median days to first meeting: withheld (fewer than 3 pairs)",
                "Comments, in no particular order and without names:", "Comment 1", "Comment 2", "Comment 3");
        assertThat(drawn).extracting(Chart::inWords).containsExactly(
                "Funnel: Mentees enrolled 4, Matched 3, Met 2, Goals set 2, Goals achieved 1, Completed 1",
                "Meetings per month: 2026-01 2, 2026-02 1",
                "Satisfaction: 1 0, 2 1, 3 0, 4 1, 5 1");
        assertThat(images(report)).extracting(Block.Image::filename).containsExactly(
                "mentorbot-default-funnel.png", "mentorbot-default-meetings-per-month.png", "mentorbot-default-satisfaction.png");
        assertThat(images(report).get(0).alt()).startsWith("Funnel: Mentees enrolled 4");
    }

    @Test
    void aLowerMinimumShowsTheMedianAndTwoAnswers() {
        SeededProgram program = new SeededProgram(new Anonymity(2));
        program.feedback(5, 4);

        assertThat(report(program, admin()).fallback()).contains("Satisfaction (ratings 1 to 5): 1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1",
                "Average rating: 4.5 / 5", "Median days to first meeting: 11", "Comment 1", "Comment 2");
    }

    @Test
    void aCohortOfTwoAnswersShowsNothingThatCouldIdentifyThem() {
        SeededProgram program = new SeededProgram();
        program.feedback(5, 2);

        Reply report = report(program, admin());

        assertThat(report.fallback()).contains("Feedback responses: 2", "Satisfaction (ratings 1 to 5): withheld (fewer than 3 answers)",
                "Average rating: withheld (fewer than 3 answers)", "Comments are shown once at least 3 people have left one")
                .doesNotContain("Comment 1", "Comment 2", "5: 1", "2: 1", "3.5");
        assertThat(drawn).extracting(Chart::title).containsExactly("Funnel", "Meetings per month");
    }

    @Test
    void anUnknownProgramAndANonAdminAreRefused() {
        SeededProgram program = new SeededProgram();

        assertThat(program.chat.send(admin(), "report nosuch").fallback()).contains("nosuch", "default");
        assertThat(program.chat.send(program.ed, "report").fallback()).contains("Only program admins can do that");
        assertThat(program.chat.bot.runsLong(new Inbound.CommandReceived(admin(), "report"))).isTrue();
    }

    @Test
    void withoutARendererTheReportIsLinesOnly() {
        SeededProgram program = new SeededProgram();

        Reply report = program.chat.send(admin(), "report");

        assertThat(report.fallback()).contains("Mentees enrolled: 4");
        assertThat(images(report)).isEmpty();
    }

    private Reply report(SeededProgram program, Actor who) {
        MentorBot bot = new MentorBot(program.chat.registry, program.chat.clock, Copy.english(), recording);
        return bot.handle(new Inbound.CommandReceived(who, "report"));
    }

    private static List<Block.Image> images(Reply reply) {
        return reply.blocks().stream().filter(Block.Image.class::isInstance).map(Block.Image.class::cast).toList();
    }
}
