package org.mentorbot.app.playground;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The playground's settings.
 *
 * @param enabled {@code MENTORBOT_PLAYGROUND}: true, false, or empty to run it when no chat platform is configured
 * @param demo    {@code MENTORBOT_PLAYGROUND_DEMO}: enrol the sample people at start (as {@code --demo} does)
 */
@ConfigurationProperties("mentorbot.playground")
public record PlaygroundProperties(@DefaultValue("") String enabled, @DefaultValue("false") boolean demo) {
}
