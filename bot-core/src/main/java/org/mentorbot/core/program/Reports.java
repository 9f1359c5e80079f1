package org.mentorbot.core.program;

import java.time.Instant;
import java.util.Optional;
import org.mentorbot.core.conversation.Actor;
import org.mentorbot.core.conversation.CommandLine;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.conversation.Reply;
import org.mentorbot.core.outcomes.Leaver;
import org.mentorbot.core.people.Participant;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.programs.Program;
import org.mentorbot.core.reports.ChartRenderer;
import org.mentorbot.core.conversation.CsvFile;
import org.mentorbot.core.reports.PairingExport;
import org.mentorbot.core.reports.ProgramReport;
import org.mentorbot.core.reports.ProgramReports;
import org.mentorbot.core.reports.ReportReply;

/**
 * The admins' views of a whole program: {@code report}, its numbers and charts, and
 * {@code export program}, a file of its pairings; and the leavers the report counts.
 */
final class Reports {

    private final ProgramRegistry registry;
    private final Targets targets;
    private final Copy copy;
    private final ChartRenderer charts;

    Reports(ProgramRegistry registry, Targets targets, Copy copy, ChartRenderer charts) {
        this.registry = registry;
        this.targets = targets;
        this.copy = copy;
        this.charts = charts;
    }

    /** {@code report [slug]}: the program's report, for its admins only. */
    Reply report(Actor actor, CommandLine line, Instant now) {
        return targets.administered(actor, line, (program, flows) -> {
            Stores stores = registry.stores(program.slug());
            ProgramReport report = new ProgramReports(stores.participants(), stores.pairings(), stores.checkIns(),
                    stores.journeys(), stores.feedback(), stores.leavers(), stores.surveys())
                    .report(now, program.baselineAnnualTurnover(), program.survey().questions(copy));
            return new ReportReply(copy, registry.anonymity(), charts).render(program.name(), program.slug().value(), report);
        });
    }

    /**
     * The person left the organisation: a leaver, with their role, in every program they are in.
     * Answers in how many programs they were recorded now (none when already recorded).
     */
    int leftOrganisation(ParticipantId person, Instant now) {
        int recorded = 0;
        for (Program program : registry.all()) {
            Stores stores = registry.stores(program.slug());
            Optional<Participant> participant = stores.participants().find(person);
            if (participant.isPresent() && stores.leavers().record(new Leaver(person, now, participant.get().profile().role()))) {
                recorded++;
            }
        }
        return recorded;
    }

    /** {@code export program [slug]}: the program's pairings as a CSV file, for its admins only. */
    Reply export(Actor actor, CommandLine line) {
        return targets.administered(actor, line, (program, flows) -> export(program));
    }

    private Reply export(Program program) {
        Stores stores = registry.stores(program.slug());
        CsvFile table = new PairingExport(stores.participants(), stores.pairings(), stores.checkIns(), stores.journeys())
                .table(program.name());
        return Reply.builder().text(copy.text("export.program.done", program.name(), table.rows().size()))
                .document(table.document("mentorbot-" + program.slug().value() + "-pairings.csv"))
                .build();
    }
}
