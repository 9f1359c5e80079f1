package org.mentorbot.offline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.matching.MatchPlan;
import org.mentorbot.core.matching.Matcher;
import org.mentorbot.core.matching.MatchingInput;
import org.mentorbot.core.matching.MatchingWeights;
import org.mentorbot.core.people.Participant;

/**
 * The offline matcher, {@code mentorbot.jar match --roster ROSTER.json [--edges EDGES.csv] --out RESULT.json}:
 * a matching computed from files, without any chat platform, for admins importing a roster and
 * for measuring the matcher. Without an edge list every roster pair is scored by the built-in
 * rules; with one, only its pairs and scores count.
 *
 * <p>Exit codes: 0 when RESULT.json was written; 2 for a usage error or bad input (reported on
 * stderr as {@code file:line: problem}, with nothing written); 1 when the result could not be written.
 */
public final class OfflineMatchCli {

    private OfflineMatchCli() {
    }

    /** The command on its own, without the bot around it: exits with {@link #run}'s code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        MatchCommand command;
        try {
            command = MatchCommand.parse(args);
        } catch (UsageException e) {
            err.println("match: " + e.getMessage());
            err.print(MatchCommand.USAGE);
            return 2;
        }
        MatchResult result;
        try {
            result = match(command, err);
        } catch (BadInputException e) {
            err.println(e.describe());
            return 2;
        }
        return write(command, result, out, err);
    }

    private static MatchResult match(MatchCommand command, PrintStream err) throws BadInputException {
        List<Participant> roster = new RosterReader().read(command.roster());
        Copy copy = Copy.english();
        if (command.edges().isPresent()) {
            EdgeMatching matching = new EdgeMatching(roster);
            EdgeList edges = matching.read(command.edges().get());
            if (edges.selfEdges() > 0) {
                err.println(command.edges().get() + ": ignored " + edges.selfEdges() + " edge(s) pairing a person with themself");
            }
            return matching.solve(edges, copy);
        }
        MatchingInput input = new MatchingInput(roster, java.util.Map.of(), java.util.Set.of(), java.util.Set.of());
        MatchPlan plan = new Matcher(MatchingWeights.DEFAULTS, command.referenceDate()).plan(input);
        return MatchResult.of(plan, copy);
    }

    private static int write(MatchCommand command, MatchResult result, PrintStream out, PrintStream err) {
        Path target = command.out();
        if (Files.isDirectory(target)) {
            err.println(target + ": is a directory, not a result file");
            return 1;
        }
        try {
            new ResultWriter().write(result, target);
        } catch (IOException e) {
            err.println(target + ": cannot write the result: " + e.getMessage());
            return 1;
        }
        out.printf("matched %d mentees (%d unmatched), total score %d, %s -> %s%n", result.pairs().size(),
                result.unmatched().size(), result.totalScore(), result.optimal() ? "proven optimal" : "NOT proven optimal", target);
        return 0;
    }
}
