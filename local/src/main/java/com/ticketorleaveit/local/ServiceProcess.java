package com.ticketorleaveit.local;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A deployable running as its own JVM from its executable jar, with its output in a log file. Used by the local
 * launcher and the system tests.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String READINESS_PATH = "/actuator/health/readiness";

    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 25;

    private final Spec spec;
    private final Process process;

    /**
     * What to start.
     *
     * @param name for messages, e.g. {@code command-services}
     * @param jar the executable jar
     * @param port the HTTP port the process answers readiness on (the caller sets the process's port variable)
     * @param environment added to this JVM's environment
     * @param jvmOptions e.g. {@code -Xmx384m}
     * @param logFile receives stdout and stderr; replaced at each start
     */
    public record Spec(
            String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions, Path logFile) {

        public Spec {
            environment = Map.copyOf(environment);
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    private ServiceProcess(Spec spec, Process process) {
        this.spec = spec;
        this.process = process;
    }

    public static ServiceProcess start(Spec spec) throws IOException {
        if (!Files.isRegularFile(spec.jar())) {
            throw new IllegalStateException(
                    spec.name() + ": " + spec.jar() + " does not exist; build it first (./mvnw -DskipTests package)");
        }
        Files.createDirectories(spec.logFile().toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(spec.jvmOptions());
        command.add("-jar");
        command.add(spec.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(spec.logFile().toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        // readiness is what this class waits for; Spring Boot exposes it only on Kubernetes unless asked
        builder.environment().put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        builder.environment().putAll(spec.environment());
        return new ServiceProcess(spec, builder.start());
    }

    public String name() {
        return spec.name();
    }

    public int port() {
        return spec.port();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + spec.port());
    }

    public Path logFile() {
        return spec.logFile();
    }

    public Spec spec() {
        return spec;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<ServiceProcess> onExit() {
        return process.onExit().thenApply(ignored -> this);
    }

    /** The exit code; only once the process has ended. */
    public int exitCode() {
        return process.exitValue();
    }

    /**
     * Waits until {@code GET /actuator/health/readiness} answers UP.
     *
     * @throws IllegalStateException naming the process and its log (with its last lines) if the process ends first or
     *     the timeout passes
     */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve(READINESS_PATH))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer";
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with code " + process.exitValue()
                        + " before it was ready; see " + logFile() + logTail());
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && UP.matcher(response.body()).find()) {
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name() + " was not ready on port " + port() + " within " + timeout
                        + " (last answer: " + lastAnswer + "); see " + logFile() + logTail());
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** SIGTERM (a graceful Spring shutdown), then a kill if the process has not ended within grace. */
    public void stop(Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL: the process ends as in a crash, with no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop(DEFAULT_STOP_GRACE);
    }

    @Override
    public String toString() {
        return name() + " (pid " + pid() + ", port " + port() + ")";
    }

    private String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile()), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return tail.isEmpty() ? "" : "\n--- last lines of " + logFile() + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "";
        }
    }
}
