package org.mentorbot.offline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.conversation.Copy;
import org.mentorbot.core.matching.PairList;
import org.mentorbot.core.matching.solver.BipartiteProblem;
import org.mentorbot.core.matching.solver.MatchingSolver;
import org.mentorbot.core.matching.solver.SolvedMatching;
import org.mentorbot.core.pairing.MatchReason;
import org.mentorbot.core.people.Participant;

/**
 * Matching from an edge list: the roster supplies who mentors, who is mentored and each
 * mentor's capacity; EDGES.csv supplies the allowed pairs and their scores; the exact solver
 * does the rest, with no built-in scoring.
 */
final class EdgeMatching {

    private static final int CACHED_REASONS = 1024;

    private final List<Participant> mentees = new ArrayList<>();
    private final List<Participant> mentors = new ArrayList<>();
    private final RosterIds ids;

    EdgeMatching(List<Participant> roster) {
        for (Participant p : roster) {
            if (p.profile().role().isMentored()) {
                mentees.add(p);
            }
            if (p.profile().role().mentors()) {
                mentors.add(p);
            }
        }
        ids = new RosterIds(roster);
    }

    EdgeList read(Path edgesFile) throws BadInputException {
        return new EdgeList(edgesFile, ids).read();
    }

    MatchResult solve(EdgeList edges, Copy copy) {
        int[] capacity = mentors.stream().mapToInt(p -> p.profile().mentorCapacity()).toArray();
        PairList allowed = edges.pairs();
        long bound = 0;
        for (int e = 0; e < allowed.size(); e++) {
            bound = Math.max(bound, Math.abs((long) allowed.scores()[e]));
        }
        BipartiteProblem problem = new BipartiteProblem(mentees.size(), capacity, allowed.mentees(), allowed.mentors(),
                allowed.scores(), allowed.size(), bound);
        SolvedMatching solved = new MatchingSolver().solve(problem);
        List<MatchResult.Pair> pairs = new ArrayList<>(solved.matchedCount());
        List<String> unmatched = new ArrayList<>(mentees.size() - solved.matchedCount());
        String[] reasons = new String[CACHED_REASONS];
        for (int i = 0; i < mentees.size(); i++) {
            String mentee = mentees.get(i).id().value();
            int mentor = solved.mentorOf(i);
            if (mentor < 0) {
                unmatched.add(mentee);
            } else {
                int score = problem.edgeScore(solved.edgeOf(i));
                pairs.add(new MatchResult.Pair(mentors.get(mentor).id().value(), mentee, score, List.of(reason(score, reasons, copy))));
            }
        }
        return new MatchResult(pairs, unmatched, solved.totalScore(), solved.proven());
    }

    /** The one reason an edge-list pair has, its score, worded once per score (most scores are small and repeat). */
    private static String reason(int score, String[] cache, Copy copy) {
        if (score < 0 || score >= cache.length) {
            return MatchResult.render(MatchReason.of("reason.givenScore", Integer.toString(score)), copy);
        }
        if (cache[score] == null) {
            cache[score] = MatchResult.render(MatchReason.of("reason.givenScore", Integer.toString(score)), copy);
        }
        return cache[score];
    }
}
