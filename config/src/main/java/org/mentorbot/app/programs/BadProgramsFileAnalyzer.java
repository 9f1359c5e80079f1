package org.mentorbot.app.programs;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A programs file that cannot be used stops start-up with its {@code file:line: problem}, and no stack trace. */
public final class BadProgramsFileAnalyzer extends AbstractFailureAnalyzer<ProgramsFile.BadProgramsFile> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProgramsFile.BadProgramsFile cause) {
        return new FailureAnalysis("MENTORBOT_PROGRAMS_FILE: " + cause.getMessage(),
                "Fix that line of the programs file, or unset MENTORBOT_PROGRAMS_FILE to run the default program.", cause);
    }
}
