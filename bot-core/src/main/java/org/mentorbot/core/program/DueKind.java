package org.mentorbot.core.program;

import org.mentorbot.core.pairing.DueIndex;

/**
 * The kinds of timed work the scheduler looks for in every program, each kept in an index by when it falls due:
 * the pairing store's four ({@link DueIndex}) and the deadlines of the mentor requests nobody has answered yet.
 */
public enum DueKind {

    CHECK_IN(DueIndex.CHECK_IN, true),
    FEEDBACK(DueIndex.FEEDBACK, false),
    MILESTONE(DueIndex.MILESTONE, false),
    PLAYBOOK(DueIndex.PLAYBOOK, true),
    /** Mentor requests in mentee-choice programs that nobody answered by their deadline. */
    MENTOR_REQUEST(null, false);

    private final DueIndex pairingIndex;
    private final boolean endsWithProgram;

    DueKind(DueIndex pairingIndex, boolean endsWithProgram) {
        this.pairingIndex = pairingIndex;
        this.endsWithProgram = endsWithProgram;
    }

    /** The pairing store's index of this kind, or null for mentor requests, which their own store indexes. */
    public DueIndex pairingIndex() {
        return pairingIndex;
    }

    /**
     * Whether nothing of this kind goes out once the program has ended: check-in nudges and playbook steps stop
     * at the end (their flows send nothing after it), while the last feedback poll and milestones still go out.
     */
    public boolean endsWithProgram() {
        return endsWithProgram;
    }
}
