package org.mentorbot.app.teams;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a Teams setting that cannot work into Spring Boot's "APPLICATION FAILED TO START" report:
 * the one line that names the variable, what to do, and no stack trace. Registered in
 * {@code META-INF/spring.factories}; first in line, so that no general analyzer of the bean
 * failure that wraps it speaks instead.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeamsSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTeamsSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidTeamsSettingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.variable() + " (the README's Microsoft Teams section lists the settings of each registration type) and start again.",
                cause);
    }
}
