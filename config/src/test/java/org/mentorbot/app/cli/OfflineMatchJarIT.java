package org.mentorbot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.app.hermetic.ShellSettings;

/**
 * The offline matcher through the built jar, exactly as the contract spells the command.
 * Skipped when no executable jar (one with a Main-Class) has been built.
 */
class OfflineMatchJarIT {

    private static final Path JAR = Path.of("target", "mentorbot.jar");

    @TempDir
    Path dir;

    @Test
    void theJarMatchesARosterIntoAResultFile() throws Exception {
        assumeExecutableJar();
        Path out = dir.resolve("result.json");

        Process process = run("match", "--roster", resource("roster-good.json").toString(), "--out", out.toString());

        assertThat(process.exitValue()).as(stderr(process)).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toFile());
        assertThat(result.get("optimal").asBoolean()).isTrue();
        assertThat(result.get("pairs")).isNotEmpty();
    }

    @Test
    void theJarRejectsBadInputWithExitCodeTwoAndWritesNothing() throws Exception {
        assumeExecutableJar();
        Path out = dir.resolve("result.json");

        Process process = run("match", "--roster", resource("roster-edges.json").toString(),
                "--edges", resource("edges-unknown-id.csv").toString(), "--out", out.toString());

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr(process)).contains("edges-unknown-id.csv:3:");
        assertThat(out).doesNotExist();
    }

    private static void assumeExecutableJar() throws IOException {
        assumeThat(JAR).exists();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Manifest manifest = jar.getManifest();
            assumeThat(manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class")).isNotNull();
        }
    }

    private Process run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = ShellSettings.process(command).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not finish within 90 s: does its main class hand 'match' to OfflineMatchCli?");
        }
        return process;
    }

    private static String stderr(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A file from {@code src/test/resources/cli}. */
    private static Path resource(String name) {
        try {
            return Path.of(OfflineMatchJarIT.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
