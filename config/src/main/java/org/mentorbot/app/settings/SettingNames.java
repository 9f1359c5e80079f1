package org.mentorbot.app.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Which name a person gave a setting: application.yml feeds most properties from an environment variable
 * ({@code mentorbot.redis.url: ${REDIS_URL:}}), relaxed binding reads others straight from the environment
 * ({@code MENTORBOT_SLACK_SEND_PATIENCE}), and a property may also come from the command line. Messages about a
 * bad value name it the way it was set, and offer application.yml's default as the example.
 */
final class SettingNames {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::(.*))?}");
    private static final String ATTACHED = "configurationProperties";

    private final ConfigurableEnvironment environment;

    SettingNames(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    /** The environment variable that sets this property, or the property's own name when it was set as a property. */
    String variable(String property) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object raw = ATTACHED.equals(source.getName()) ? null : source.getProperty(property);
            if (raw == null) {
                continue;
            }
            if (source instanceof SystemEnvironmentPropertySource) {
                return environmentName(property);
            }
            Matcher placeholder = PLACEHOLDER.matcher(raw.toString().strip());
            return placeholder.matches() ? placeholder.group(1) : property;
        }
        return environmentName(property);
    }

    /** The default application.yml gives this property, when it gives one that is not empty. */
    Optional<String> defaultValue(String property) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object raw = ATTACHED.equals(source.getName()) ? null : source.getProperty(property);
            Matcher placeholder = raw == null ? null : PLACEHOLDER.matcher(raw.toString().strip());
            if (placeholder != null && placeholder.matches() && placeholder.group(2) != null && !placeholder.group(2).isBlank()) {
                return Optional.of(placeholder.group(2));
            }
        }
        return Optional.empty();
    }

    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
