package org.mentorbot.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorbot.app.hermetic.ShellSettings;

/**
 * The built jar, started as a person would start it, with one bad setting each time: it must stop with a
 * non-zero exit and one line that names the variable, says what is wrong and gives an example, and print
 * no stack trace. One case per kind of failure (each start costs seconds); {@code BadSettingsTest} covers
 * every setting's line in this JVM.
 */
class BadSettingsJarIT {

    private static final Path JAR = Path.of("target", "mentorbot.jar");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            REDIS_URL                          | redis://127.0.0.1:{closed}/0 | REDIS_URL                          | no Redis answers at redis://127.0.0.1:
            REDIS_URL                          | localhost:6379               | REDIS_URL                          | does not start with redis://
            MENTORBOT_PROGRAM_CHECKIN_INTERVAL | PT0S                         | MENTORBOT_PROGRAM_CHECKIN_INTERVAL | PT0S is not a positive duration
            MENTORBOT_PROGRAM_FEEDBACK_AFTER   | soon                         | MENTORBOT_PROGRAM_FEEDBACK_AFTER   | 'soon' is not a duration
            MENTORBOT_MATCHING_SKILL_WEIGHT    | lots                         | MENTORBOT_MATCHING_SKILL_WEIGHT    | 'lots' is not a whole number
            MENTORBOT_ADMINS                   | U0123ABCD                    | MENTORBOT_ADMINS                   | 'U0123ABCD' does not start with a platform
            SLACK_BOT_TOKEN                    | xoxb-only-the-token          | SLACK_SIGNING_SECRET               | it is not set, but the Slack bot token is
            PORT                               | http                         | PORT                               | 'http' is not a whole number
            """)
    void aBadSettingStopsStartUpWithOneLineNamingIt(String variable, String value, String named, String problem) throws Exception {
        assumeThat(JAR).as("the jar is built in the package phase, before the ITs").exists();
        ProcessBuilder jar = ShellSettings.process(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        jar.environment().put("PORT", "0");
        jar.environment().put(variable, value.replace("{closed}", String.valueOf(closedPort())));
        Path log = dir.resolve("out.txt");
        Process process = jar.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the bot did not stop within 90 s with " + variable + "=" + value + ":\n" + Files.readString(log));
        }
        List<String> output = Files.readAllLines(log);

        assertThat(process.exitValue()).as("exit code").isNotZero();
        assertThat(output).as(String.join("\n", output)).filteredOn(line -> line.startsWith("Bad setting "))
                .singleElement().satisfies(line -> assertThat(line).startsWith("Bad setting " + named + ": ").contains(problem)
                        .contains(". Example: " + named + "="));
        assertThat(output).as("no stack trace").noneMatch(line -> line.strip().startsWith("at org.")
                || line.strip().startsWith("at java.") || line.contains("Caused by:"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
