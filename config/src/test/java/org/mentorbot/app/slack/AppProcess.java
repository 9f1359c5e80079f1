package org.mentorbot.app.slack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.mentorbot.app.hermetic.ShellSettings;

/**
 * An application under benchmark in a JVM of its own, started from this JVM's class path with
 * the same JVM options as every other one, so that its garbage collection and compilation are its
 * own and cannot land on the app it is compared with. Ends the process when closed.
 */
final class AppProcess implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseG1GC");

    private final String name;
    private final Process process;
    private final int port;

    private AppProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /** Starts {@code mainClass} with {@code --server.port=<free port>} and the arguments; returns once it answers HTTP. */
    static AppProcess start(String name, Class<?> mainClass, List<String> args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName(), "--server.port=" + port));
        command.addAll(args);
        Path log = logFile(name);
        Process process = ShellSettings.process(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(name, process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        app.awaitHttp(log);
        return app;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitHttp(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackConfiguration.PATH)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException(name + " did not start; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Each process's output, for when it does not start: {@code target/ack-benchmark/<name>.log}. */
    private static Path logFile(String name) throws IOException {
        return Files.createDirectories(Paths.get("target", "ack-benchmark")).resolve(name.replace(' ', '-') + ".log");
    }
}
