package org.mentorbot.core.matching.solver;

/**
 * The best objective of a small problem by trying every assignment of mentees to one of their
 * edges or to nobody: the reference the solver is compared against.
 */
final class ExhaustiveMatching {

    record Objective(int matched, long totalScore) {
        boolean betterThan(Objective other) {
            return matched > other.matched || (matched == other.matched && totalScore > other.totalScore);
        }
    }

    private final BipartiteProblem problem;
    private final int[] load;
    private Objective best = new Objective(0, 0);

    private ExhaustiveMatching(BipartiteProblem problem) {
        this.problem = problem;
        this.load = new int[problem.mentorCount()];
    }

    static Objective best(BipartiteProblem problem) {
        ExhaustiveMatching search = new ExhaustiveMatching(problem);
        search.assign(0, 0, 0);
        return search.best;
    }

    private void assign(int mentee, int matched, long score) {
        if (mentee == problem.menteeCount()) {
            Objective found = new Objective(matched, score);
            if (found.betterThan(best)) {
                best = found;
            }
            return;
        }
        assign(mentee + 1, matched, score);
        for (int e = 0; e < problem.edgeCount(); e++) {
            int mentor = problem.edgeMentor(e);
            if (problem.edgeMentee(e) == mentee && load[mentor] < problem.mentorCapacity(mentor)) {
                load[mentor]++;
                assign(mentee + 1, matched + 1, score + problem.edgeScore(e));
                load[mentor]--;
            }
        }
    }
}
