package org.mentorbot.app.settings;

import java.util.Objects;

/**
 * A setting the bot cannot start with. It names the variable a person sets, what is wrong with its value and
 * a value that would do, so that {@link BadSettingFailureAnalyzer} can stop start-up with one line:
 * {@code Bad setting MENTORBOT_PROGRAM_CHECKIN_INTERVAL: PT0S is not a positive duration. Example: MENTORBOT_PROGRAM_CHECKIN_INTERVAL=P14D}.
 * Never put a secret's value into {@code problem}.
 */
public class BadSettingException extends RuntimeException {

    private final String variable;
    private final String problem;
    private final String example;

    /**
     * @param variable the environment variable (or, when set otherwise, the property) that holds the bad value
     * @param problem  what is wrong, as a sentence fragment: {@code 'abc' is not a duration}
     * @param example  a value that would be accepted
     */
    public BadSettingException(String variable, String problem, String example) {
        super("Bad setting " + variable + ": " + problem + ". Example: " + variable + "=" + example);
        this.variable = Objects.requireNonNull(variable, "variable");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.example = Objects.requireNonNull(example, "example");
    }

    public String variable() {
        return variable;
    }

    public String problem() {
        return problem;
    }

    public String example() {
        return example;
    }
}
