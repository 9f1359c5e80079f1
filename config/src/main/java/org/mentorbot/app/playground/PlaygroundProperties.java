package org.mentorbot.app.playground;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The playground's settings. Whether it runs at all is decided before settings are bound (its
 * beans are conditional), so {@link PlaygroundMode} reads {@code enabled} from the environment itself.
 *
 * @param enabled {@code MENTORBOT_PLAYGROUND}: true, false, or empty to run it when no chat platform is configured
 * @param demo    {@code MENTORBOT_PLAYGROUND_DEMO}: enrol the sample people at start (as {@code --demo} does)
 */
@ConfigurationProperties("mentorbot.playground")
public record PlaygroundProperties(@DefaultValue("") String enabled, @DefaultValue("false") boolean demo) {
}
