package org.mentorbot.core.reports;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentorbot.core.conversation.Block;
import org.mentorbot.core.conversation.Block.Field;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.feedback.CommentList;
import org.mentorbot.core.people.Anonymity;
import org.mentorbot.core.programs.SurveyQuestion;
import org.mentorbot.core.programs.SurveyQuestion.Scale;
import org.mentorbot.core.programs.SurveyStage;

/**
 * A {@link ProgramReport} as the admin reads it: {@code Label: value} lines, then a chart per
 * view (the funnel, meetings per month, and the ratings once there are enough of them), each chart
 * with its numbers in words, then the comments once there are enough of them ({@link CommentList}).
 * Anything drawn from fewer answers than the {@link Anonymity} minimum reads "withheld".
 */
public final class ReportReply {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Copy copy;
    private final Anonymity anonymity;
    private final ChartRenderer charts;

    public ReportReply(Copy copy, Anonymity anonymity, ChartRenderer charts) {
        this.copy = copy;
        this.anonymity = anonymity;
        this.charts = charts;
    }

    /** The report on the program called {@code programName} whose slug is {@code slug}: a private answer to the admin. */
    public Reply render(String programName, String slug, ProgramReport report) {
        Funnel f = report.funnel();
        String withheld = copy.text("stats.withheld", anonymity.minimum());
        List<Field> lines = new ArrayList<>(List.of(
                field(copy.text("report.enrolled"), f.enrolled()), field(copy.text("report.matched"), f.matched()),
                field(copy.text("report.met"), f.met()), field(copy.text("report.goalsSet"), f.goalsSet()),
                field(copy.text("report.goalsAchieved"), f.goalsAchieved()), field(copy.text("report.completed"), f.completed())));
        report.meetingsPerMonth().forEach((month, count) -> lines.add(new Field(copy.text("report.meetingsIn", month(month)),
                String.valueOf(count))));
        lines.add(field(copy.text("report.responses"), report.responses()));
        Optional<List<Integer>> satisfaction = report.satisfaction(anonymity);
        lines.add(new Field(copy.text("report.satisfaction"), satisfaction.map(ReportReply::distribution).orElse(withheld)));
        lines.add(new Field(copy.text("report.average"), number(report.averageRating(anonymity), "%.1f / 5").orElse(withheld)));
        lines.add(new Field(copy.text("report.medianDays"), number(report.medianDaysToFirstMeeting(anonymity), "%.1f")
                .map(d -> d.replace(".0", "")).orElse(copy.text("stats.withheldPairs", anonymity.minimum()))));
        lines.addAll(retention(report.retention()));
        lines.addAll(surveys(report.surveys()));
        Reply.Builder reply = Reply.builder().header(copy.text("report.title", programName)).fields(lines);
        List<Chart> drawn = charts(f, report.meetingsPerMonth(), satisfaction);
        report.surveys().nps(anonymity).ifPresent(nps -> drawn.add(new Chart(copy.text("report.chart.nps"),
                copy.text("report.chart.npsGroups"), List.of(bar(copy.text("report.chart.detractors"), nps.detractors()),
                bar(copy.text("report.chart.passives"), nps.passives()), bar(copy.text("report.chart.promoters"), nps.promoters())))));
        for (Chart chart : drawn) {
            String name = "mentorbot-" + slug + "-" + chart.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "") + ".png";
            charts.png(chart).ifPresent(png -> reply.image(new Block.Image(name, png, chart.inWords())));
        }
        new CommentList(copy, anonymity).addTo(reply, slug, report.comments());
        return reply.build();
    }

    /** Leavers, their share and rate against the baseline: only once someone has left. */
    private List<Field> retention(Retention r) {
        if (r.leavers() == 0) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(copy.text("report.leavers"), copy.text("report.leaversOf", r.leavers(), r.participants(),
                percent(r.leaverShare().orElse(0)))));
        r.annualisedTurnover().ifPresent(rate -> fields.add(new Field(copy.text("report.annualTurnover"), percent(rate))));
        if (r.baselineAnnualTurnover() != null) {
            fields.add(new Field(copy.text("report.baselineTurnover"), percent(r.baselineAnnualTurnover())));
        }
        return fields;
    }

    /**
     * The surveys: responses per stage, NPS, each question's mean (or share of yes) per stage it is
     * asked at, and progression; every figure under the minimum of answers reads "withheld".
     */
    private List<Field> surveys(SurveyResults s) {
        if (s.questions().isEmpty() && s.responses().isEmpty()) {
            return List.of();
        }
        String withheld = copy.text("stats.withheld", anonymity.minimum());
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(copy.text("report.surveyResponses"), copy.text("report.surveyResponsesLine",
                s.responses(SurveyStage.START), s.responses(SurveyStage.MIDPOINT), s.responses(SurveyStage.END))));
        if (s.questions().stream().anyMatch(q -> q.scale() == Scale.RECOMMEND)) {
            fields.add(new Field(copy.text("report.nps"), s.nps(anonymity).map(n -> copy.text("report.npsLine",
                    (n.score() > 0 ? "+" : "") + n.score(), n.answers(), n.promoters(), n.passives(), n.detractors())).orElse(withheld)));
        }
        for (SurveyQuestion question : s.questions()) {
            if (question.scale() == Scale.RECOMMEND) {
                continue;
            }
            List<String> perStage = new ArrayList<>();
            for (SurveyStage stage : SurveyStage.values()) {
                if (!question.askedAt(stage)) {
                    continue;
                }
                String when = copy.text("survey.stage." + stage.wireName());
                perStage.add(question.scale() == Scale.YES_NO
                        ? s.yes(question.key(), stage, anonymity).map(y -> copy.text("report.surveyYes", when, y.yes(), y.answers()))
                                .orElse(copy.text("report.surveyWithheld", when))
                        : number(s.mean(question.key(), stage, anonymity), "%.1f")
                                .map(m -> copy.text("report.surveyMean", when, m, question.scale().max()))
                                .orElse(copy.text("report.surveyWithheld", when)));
            }
            fields.add(new Field(label(question), String.join(" · ", perStage)));
        }
        fields.add(new Field(copy.text("report.progression"), s.progression(anonymity).map(p -> copy.text("report.progressionLine",
                p.progressed(), p.surveyed(), percent(p.surveyed() == 0 ? 0 : (double) p.progressed() / p.surveyed()), p.promoted(),
                p.levelRaised())).orElse(copy.text("report.withheldSurveyed", anonymity.minimum()))));
        return fields;
    }

    /** A built-in question by its short label; a program's own by its words. */
    private String label(SurveyQuestion question) {
        return copy.has("report.survey.label." + question.key()) ? copy.text("report.survey.label." + question.key())
                : question.text();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private List<Chart> charts(Funnel f, Map<YearMonth, Integer> perMonth, Optional<List<Integer>> satisfaction) {
        List<Chart> drawn = new ArrayList<>();
        drawn.add(new Chart(copy.text("report.chart.funnel"), copy.text("report.chart.mentees"), List.of(
                bar(copy.text("report.enrolled"), f.enrolled()), bar(copy.text("report.matched"), f.matched()),
                bar(copy.text("report.met"), f.met()), bar(copy.text("report.goalsSet"), f.goalsSet()),
                bar(copy.text("report.goalsAchieved"), f.goalsAchieved()), bar(copy.text("report.completed"), f.completed()))));
        if (!perMonth.isEmpty()) {
            drawn.add(new Chart(copy.text("report.chart.meetings"), copy.text("report.chart.meetingCount"), perMonth.entrySet()
                    .stream().map(e -> new Chart.Bar(e.getKey().toString(), e.getValue())).toList()));
        }
        satisfaction.ifPresent(counts -> drawn.add(new Chart(copy.text("report.chart.satisfaction"),
                copy.text("report.chart.answers"), IntStream.range(0, 5)
                .mapToObj(i -> new Chart.Bar(String.valueOf(i + 1), counts.get(i))).toList())));
        return drawn;
    }

    private static Chart.Bar bar(String label, int value) {
        return new Chart.Bar(label, value);
    }

    private static Field field(String label, int value) {
        return new Field(label, String.valueOf(value));
    }

    private static String distribution(List<Integer> counts) {
        return IntStream.range(0, counts.size()).mapToObj(i -> (i + 1) + ": " + counts.get(i)).collect(Collectors.joining(" · "));
    }

    private static Optional<String> number(OptionalDouble value, String format) {
        return value.isPresent() ? Optional.of(String.format(Locale.ROOT, format, value.getAsDouble())) : Optional.empty();
    }

    private static String month(YearMonth month) {
        return month.format(MONTH);
    }
}
