package org.mentorbot.app.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar with a programs file it cannot use: it stops with the file's line and problem, and no stack trace. */
class BadProgramsFileIT {

    private static final Path JAR = Path.of("target", "mentorbot.jar");

    @TempDir
    Path dir;

    @Test
    void aDuplicateSlugStopsStartUpWithFileAndLine() throws Exception {
        Path file = dir.resolve("programs.yml");
        Files.writeString(file, "programs:\n  - {slug: eng, name: Engineering}\n  - {slug: eng, name: Again}\n");
        Path output = dir.resolve("output.txt");

        ProcessBuilder jar = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        jar.environment().keySet().removeIf(name -> name.startsWith("MENTORBOT_") || name.startsWith("SLACK_")
                || name.startsWith("MICROSOFT_") || name.equals("REDIS_URL"));
        jar.environment().put("MENTORBOT_PROGRAMS_FILE", file.toString());
        jar.environment().put("PORT", "0");
        jar.environment().put("MENTORBOT_PLAYGROUND", "false");
        Process process = jar.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the bot stops by itself").isTrue();
        String printed = read(output);
        assertThat(process.exitValue()).isNotZero();
        assertThat(printed).contains("MENTORBOT_PROGRAMS_FILE: " + file + ":3: slug 'eng' is declared twice (first on line 2)");
        assertThat(printed).doesNotContain("\tat org.");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
