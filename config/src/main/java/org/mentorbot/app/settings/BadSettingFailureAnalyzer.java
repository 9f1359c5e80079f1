package org.mentorbot.app.settings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.ConverterNotFoundException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The one place a bad setting becomes the sentence a person reads when the bot will not start: the variable,
 * what is wrong and an example, and no stack trace. It answers for a {@link BadSettingException} anywhere in
 * the failure, and for a value that could not be bound to a {@code mentorbot.*} property (or any property that
 * application.yml feeds from an environment variable), named by that variable. Registered in
 * {@code META-INF/spring.factories}, ahead of Spring Boot's own analyzers.
 */
public class BadSettingFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final Map<Class<?>, String> KINDS = Map.of(Duration.class, "a duration", Integer.class, "a whole number",
            Long.class, "a whole number", Boolean.class, "true or false", ZoneId.class, "a time zone");
    private static final Map<Class<?>, String> EXAMPLES = Map.of(Duration.class, "PT15S", Integer.class, "3", Long.class, "3",
            Boolean.class, "true", ZoneId.class, "Europe/Berlin");

    private final Environment environment;
    private final SettingNames names;

    public BadSettingFailureAnalyzer(Environment environment) {
        this.environment = environment;
        this.names = environment instanceof ConfigurableEnvironment configurable ? new SettingNames(configurable) : null;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Optional<BadSettingException> bad = find(failure, BadSettingException.class)
                .or(() -> find(failure, BindException.class).filter(b -> b.getProperty() != null)
                        .flatMap(b -> named(b.getName().toString(), b.getProperty().getValue(), b)))
                .or(() -> find(failure, InvalidConfigurationPropertyValueException.class)
                        .flatMap(invalid -> named(invalid.getName(), invalid.getValue(), invalid)));
        return bad.map(setting -> new FailureAnalysis(setting.getMessage(),
                "Change " + setting.variable() + " and start again; the README's Settings section lists every setting.", setting))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * A value that could not be converted, as a bad setting named the way the person set it: for a {@code mentorbot.*}
     * property, or any property that application.yml feeds from an environment variable ({@code server.port} from PORT).
     */
    private Optional<BadSettingException> named(String property, Object rawValue, Throwable failure) {
        if (names == null) {
            return Optional.empty();
        }
        String variable = names.variable(property);
        if (!property.startsWith("mentorbot.") && variable.equals(property)) {
            return Optional.empty();
        }
        Class<?> type = targetType(failure).<Class<?>>map(TypeDescriptor::getObjectType).orElse(Object.class);
        String value = environment.resolvePlaceholders(String.valueOf(rawValue));
        String problem = "'" + value + "' is not " + KINDS.getOrDefault(type, "a " + type.getSimpleName());
        return Optional.of(new BadSettingException(variable, problem,
                names.defaultValue(property).orElse(EXAMPLES.getOrDefault(type, "?"))));
    }

    private static Optional<TypeDescriptor> targetType(Throwable failure) {
        return find(failure, ConversionFailedException.class).map(ConversionFailedException::getTargetType)
                .or(() -> find(failure, ConverterNotFoundException.class).map(ConverterNotFoundException::getTargetType))
                .or(() -> find(failure, InvalidConfigurationPropertyValueException.class).flatMap(invalid -> reasonType(invalid.getReason())));
    }

    /** Spring Boot says which type a value was meant for only in words: "Failed to convert to type java.lang.Integer". */
    private static Optional<TypeDescriptor> reasonType(String reason) {
        int at = reason == null ? -1 : reason.lastIndexOf("to type ");
        String name = at < 0 ? "" : reason.substring(at + "to type ".length()).strip();
        return ClassUtils.isPresent(name, null) ? Optional.of(TypeDescriptor.valueOf(ClassUtils.resolveClassName(name, null)))
                : Optional.empty();
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
