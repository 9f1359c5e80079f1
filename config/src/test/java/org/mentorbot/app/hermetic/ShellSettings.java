package org.mentorbot.app.hermetic;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bot's settings as a shell may hold them ({@code REDIS_URL}, {@code PORT}, {@code SERVER_ADDRESS}, every
 * {@code MENTORBOT_*}, {@code SLACK_*}, {@code MICROSOFT_*} and {@code SPRING_*}): a developer who runs the bot
 * from the same shell as {@code ./mvnw verify} has them set, and no test may see them. Tests pass their settings
 * explicitly; the test Redis is {@link #testRedisUrl()}.
 */
public final class ShellSettings {

    /** The test's own variable for the Redis server the tests use; never the bot's {@code REDIS_URL}. */
    public static final String TEST_REDIS_URL = "MENTORBOT_TEST_REDIS_URL";

    private static final List<String> NAMES = List.of("REDIS_URL", "PORT", "SERVER_ADDRESS");
    private static final List<String> PREFIXES = List.of("MENTORBOT_", "SLACK_", "MICROSOFT_", "SPRING_");

    private ShellSettings() {
    }

    /** Whether an environment variable of this name could set the bot up. */
    public static boolean isSetting(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return NAMES.contains(upper) || PREFIXES.stream().anyMatch(upper::startsWith);
    }

    /** The environment without the bot's settings. */
    public static Map<String, Object> without(Map<String, ?> environment) {
        return environment.entrySet().stream().filter(e -> !isSetting(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A child process that inherits this JVM's environment less the bot's settings. */
    public static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(ShellSettings::isSetting);
        return builder;
    }

    /** The Redis the tests use: {@code MENTORBOT_TEST_REDIS_URL}, by default {@code redis://127.0.0.1:6379}. */
    public static String testRedisUrl() {
        String url = System.getenv(TEST_REDIS_URL);
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url.strip();
    }
}
