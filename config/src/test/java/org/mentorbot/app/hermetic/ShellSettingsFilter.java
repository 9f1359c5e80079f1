package org.mentorbot.app.hermetic;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps the shell's bot settings out of every application a test starts in this JVM or in a child JVM on the
 * test class path ({@code @SpringBootTest}, {@code SpringApplicationBuilder}): before anything reads the
 * environment, the system environment is replaced by a copy without them (see {@link ShellSettings}). The
 * application.yml placeholders such as {@code ${REDIS_URL:}} then fall back to their defaults, and relaxed names
 * such as {@code MENTORBOT_ADMINS} bind nothing, so a test gets exactly the settings it passes. Registered in the
 * test class path's {@code META-INF/spring.factories} only; the jar never has it.
 */
public class ShellSettingsFilter implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (environment.getPropertySources().get(name) instanceof SystemEnvironmentPropertySource shell) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) shell.getSource();
            environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, ShellSettings.without(variables)));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
