package org.fupin.ledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One of the two Spring Boot apps, run as a child JVM from its executable jar. */
public final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;

    private AppProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts {@code module}'s executable jar (built under {@code home/module/target}) on {@code port}, with
     * {@code environment} added to this process's own.
     */
    public static AppProcess start(Path home, String module, int port, List<String> jvmOptions,
                                   Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(executableJar(home, module).toString());
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        return new AppProcess(module, port, builder.start());
    }

    /** The executable jar of {@code module} under {@code home}, or an error that says to build it. */
    public static Path executableJar(Path home, String module) throws IOException {
        Path target = home.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No executable jar of " + module + " in " + target
                            + "; build it with ./mvnw -DskipTests package"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(module + " is not built yet; build it with ./mvnw -DskipTests package", e);
        }
    }

    /**
     * Waits until the app's health endpoint answers UP, or DEGRADED (it works, but dead letters wait: see
     * the README), or fails when it dies or times out.
     */
    public void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + " while starting");
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && (response.body().contains("\"UP\"")
                        || response.body().contains("\"DEGRADED\""))) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException(name + " did not become healthy within " + timeout.toSeconds() + " s");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    public Process process() {
        return process;
    }

    /** Asks the app to shut down (SIGTERM), and kills it if it has not stopped after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
