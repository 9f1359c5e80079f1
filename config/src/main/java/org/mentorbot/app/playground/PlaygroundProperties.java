package org.mentorbot.app.playground;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The playground's settings. Whether it runs at all is decided before settings are bound (its
 * beans are conditional), so {@link PlaygroundMode} reads {@code enabled} from the environment itself.
 *
 * @param enabled {@code MENTORBOT_PLAYGROUND}: true, false, or empty to run it when no chat platform is configured
 * @param demo    {@code MENTORBOT_PLAYGROUND_DEMO}: enrol the sample people at start (as {@code --demo} does)
 * @param hosts   {@code MENTORBOT_PLAYGROUND_HOSTS}: the host names it answers at (the {@code Host} header); loopback by default
 * @param token   {@code MENTORBOT_PLAYGROUND_TOKEN}: when set, every request must carry it; required next to a
 *                platform or on a non-loopback address
 */
@ConfigurationProperties("mentorbot.playground")
public record PlaygroundProperties(@DefaultValue("") String enabled, @DefaultValue("false") boolean demo,
                                   @DefaultValue({"localhost", "127.0.0.1", "[::1]"}) List<String> hosts,
                                   @DefaultValue("") String token) {
}
