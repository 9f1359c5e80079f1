package org.mentorbot.offline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.conversation.Copy;
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

    private final List<Participant> mentees = new ArrayList<>();
    private final List<Participant> mentors = new ArrayList<>();
    private final Map<String, Integer> menteeIndex = new HashMap<>();
    private final Map<String, Integer> mentorIndex = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();

    EdgeMatching(List<Participant> roster) {
        for (Participant p : roster) {
            roles.put(p.id().value(), p.profile().role().wireName());
            if (p.profile().role().isMentored()) {
                menteeIndex.put(p.id().value(), mentees.size());
                mentees.add(p);
            }
            if (p.profile().role().mentors()) {
                mentorIndex.put(p.id().value(), mentors.size());
                mentors.add(p);
            }
        }
    }

    EdgeList read(Path edgesFile) throws BadInputException {
        return new EdgeList(edgesFile, menteeIndex, mentorIndex, roles).read();
    }

    MatchResult solve(EdgeList edges, Copy copy) {
        int[] capacity = mentors.stream().mapToInt(p -> p.profile().mentorCapacity()).toArray();
        long bound = 0;
        for (int e = 0; e < edges.size(); e++) {
            bound = Math.max(bound, Math.abs((long) edges.scores()[e]));
        }
        BipartiteProblem problem = new BipartiteProblem(mentees.size(), capacity, edges.mentees(), edges.mentors(),
                edges.scores(), edges.size(), bound);
        SolvedMatching solved = new MatchingSolver().solve(problem);
        List<MatchResult.Pair> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            String mentee = mentees.get(i).id().value();
            int mentor = solved.mentorOf(i);
            if (mentor < 0) {
                unmatched.add(mentee);
            } else {
                int score = problem.edgeScore(solved.edgeOf(i));
                String reason = MatchResult.render(MatchReason.of("reason.givenScore", Integer.toString(score)), copy);
                pairs.add(new MatchResult.Pair(mentors.get(mentor).id().value(), mentee, score, List.of(reason)));
            }
        }
        return new MatchResult(pairs, unmatched, solved.totalScore(), solved.proven());
    }
}
