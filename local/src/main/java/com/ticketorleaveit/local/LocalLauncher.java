package com.ticketorleaveit.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The one-command local run: infrastructure (running services where they answer, embedded ones otherwise), then the
 * four deployables as separate JVMs from their built jars, each awaited until ready. Ctrl-C stops everything.
 *
 * <p>Work directory: {@code .local/} under the current directory (logs, mail, the token signing key, the sealing
 * and cluster secrets, embedded database). The
 * jars are found under the repository root: the current directory, or {@code -Dticketing.home}.
 */
public final class LocalLauncher {

    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int MIN_SECRET_BYTES = 32;
    private static final int SIGINT_EXIT_CODE = 130;

    private record Deployable(String name, String jar, String portVariable, int defaultPort) {

        int port() {
            return Env.port(portVariable, defaultPort);
        }
    }

    private static final Deployable COMMAND_SERVICES = new Deployable(
            "command-services", Deployables.COMMAND_SERVICES_JAR, "TICKETING_COMMAND_SERVICES_PORT", 8081);
    private static final Deployable QUERY_SERVICES =
            new Deployable("query-services", Deployables.QUERY_SERVICES_JAR, "TICKETING_QUERY_SERVICES_PORT", 8082);
    private static final Deployable SAGA_ORCHESTRATOR = new Deployable(
            "saga-orchestrator", Deployables.SAGA_ORCHESTRATOR_JAR, "TICKETING_SAGA_ORCHESTRATOR_PORT", 8083);
    private static final Deployable GATEWAY =
            new Deployable("gateway", Deployables.GATEWAY_JAR, "TICKETING_GATEWAY_PORT", 8080);

    /** In start order: command-services first, it migrates the event store the others read. */
    private static final List<Deployable> DEPLOYABLES =
            List.of(COMMAND_SERVICES, QUERY_SERVICES, SAGA_ORCHESTRATOR, GATEWAY);

    private final Path home;
    private final Path workDir;
    private JvmOptions.Profile jvmProfile;
    private final List<ServiceProcess> running = new ArrayList<>();
    private Infrastructure infrastructure;
    private boolean stopping;

    private LocalLauncher(Path home, Path workDir) {
        this.home = home;
        this.workDir = workDir;
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("ticketing.home", ""))
                .toAbsolutePath()
                .normalize();
        Path workDir = Path.of(".local").toAbsolutePath().normalize();
        LocalLauncher launcher = new LocalLauncher(home, workDir);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "local-launcher-stop"));
        try {
            launcher.run();
        } catch (Exception e) {
            if (!launcher.isStopping()) {
                System.err.println();
                System.err.println("Local run failed: " + e.getMessage());
            }
            System.exit(1);
        }
    }

    private void run() throws Exception {
        jvmProfile = JvmOptions.profileFromEnvironment();
        Map<Deployable, Path> jars = jars();
        requireFreePorts();
        say("Ticket or Leave It: local run (work directory " + shown(workDir) + ")");
        Files.createDirectories(workDir);

        Infrastructure started = Infrastructure.start(workDir, Infrastructure.Options.forLocalRun(workDir));
        synchronized (this) {
            infrastructure = started;
            if (stopping) {
                started.close();
                return;
            }
        }
        say("  database     " + started.postgres());
        say("  AMQP broker  " + started.broker());
        say("  mail         " + started.mail());
        say("  JVM profile  " + jvmProfile.displayName() + " (" + JvmOptions.PROFILE_VARIABLE + ")");
        String database = Env.get("TICKETING_DB_NAME", "ticketing");
        started.postgres().ensureDatabase(database);
        Map<String, String> environment = environment(started, database, sealingSecret(), internalAuthSecret());
        // only the users context (in command-services) holds the key that signs access tokens
        Map<String, String> commandServicesEnvironment = new LinkedHashMap<>(environment);
        commandServicesEnvironment.put(TokenSigningKey.VARIABLE, tokenSigningKeys());
        commandServicesEnvironment.put("TICKETING_PAYOUT_SECRET", payoutSecret());
        // the first admin (when TICKETING_ADMIN_EMAIL is set) finds its one-time password here
        commandServicesEnvironment.put(
                "TICKETING_ADMIN_PASSWORD_FILE",
                Env.get(
                        "TICKETING_ADMIN_PASSWORD_FILE",
                        workDir.resolve("first-admin-password").toAbsolutePath().toString()));

        for (Deployable deployable : DEPLOYABLES) {
            Path log = workDir.resolve("logs").resolve(deployable.name() + ".log");
            say("Starting " + deployable.name() + " on port " + deployable.port() + " (log " + shown(log) + ")");
            long startedAt = System.nanoTime();
            ServiceProcess process = start(new ServiceProcess.Spec(
                    deployable.name(),
                    jars.get(deployable),
                    deployable.port(),
                    deployable == COMMAND_SERVICES ? commandServicesEnvironment : environment,
                    jvmOptions(deployable),
                    log));
            if (process == null) {
                return;
            }
            process.awaitReady(READINESS_TIMEOUT);
            say("  ready after "
                    + Duration.ofNanos(System.nanoTime() - startedAt).toSeconds() + " s");
        }
        printWelcome(started);

        ServiceProcess ended = (ServiceProcess) CompletableFuture.anyOf(
                        running.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new))
                .get();
        if (!isStopping() && ended.exitCode() != SIGINT_EXIT_CODE) {
            throw new IllegalStateException(
                    ended.name() + " exited with code " + ended.exitCode() + "; see " + shown(ended.logFile()));
        }
    }

    private Map<Deployable, Path> jars() {
        Map<Deployable, Path> jars = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Deployable deployable : DEPLOYABLES) {
            Path jar = home.resolve(deployable.jar());
            jars.put(deployable, jar);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./run-local.sh (it builds first), or ./mvnw -DskipTests package in " + home
                    + " (or point -Dticketing.home at the repository root).");
        }
        return jars;
    }

    private static void requireFreePorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        DEPLOYABLES.forEach(deployable -> ports.put(deployable.port(), deployable.name()));
        ports.put(grpcPort(), "query-services (gRPC)");
        ports.forEach((port, user) -> {
            if (!Ports.isFree(port)) {
                throw new IllegalStateException(
                        "Port " + port + " for " + user + " is in use (is another local run still going?)");
            }
        });
    }

    private Map<String, String> environment(
            Infrastructure infrastructure, String database, String sealingSecret, String internalAuthSecret) {
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.environmentFor(database));
        environment.put("TICKETING_SEALING_SECRET", sealingSecret);
        environment.put("TICKETING_INTERNAL_AUTH_SECRET", internalAuthSecret);
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // Swagger UI at the gateway over the services' API documents: local runs only (ADR 27)
        environment.put("TICKETING_SWAGGER_UI", Env.get("TICKETING_SWAGGER_UI", "true"));
        // the local run's own exchanges and queues on a shared broker: tests and benchmarks use others
        environment.put(
                "TICKETING_PLATFORM_MESSAGING_NAMESPACE", Env.get("TICKETING_PLATFORM_MESSAGING_NAMESPACE", "local"));
        environment.putAll(Deployables.wiring(new Deployables.Ports(
                COMMAND_SERVICES.port(), QUERY_SERVICES.port(), grpcPort(), SAGA_ORCHESTRATOR.port(), GATEWAY.port())));
        return environment;
    }

    private List<String> jvmOptions(Deployable deployable) throws IOException {
        Path tmp = Files.createDirectories(workDir.resolve("tmp").resolve(deployable.name()));
        List<String> options = new ArrayList<>(JvmOptions.of(jvmProfile, deployable.name()));
        options.add("-Djava.io.tmpdir=" + tmp);
        options.add("-Daxoniq.update-checker.disabled=true");
        return options;
    }

    /**
     * TICKETING_TOKEN_SIGNING_KEYS if set (PEM files, the signing key first); else the key generated at the first run
     * and kept in .local/token-signing-key.pem (0600).
     */
    private String tokenSigningKeys() throws IOException {
        String fromEnvironment = Env.get(TokenSigningKey.VARIABLE, null);
        if (fromEnvironment != null) {
            say("  token key    from " + TokenSigningKey.VARIABLE);
            return fromEnvironment;
        }
        Path file = workDir.resolve("token-signing-key.pem");
        boolean existed = Files.exists(file);
        TokenSigningKey key = TokenSigningKey.readOrCreate(file);
        say("  token key    " + (existed ? "" : "generated into ") + shown(file) + " (kid " + key.keyId() + ")");
        return TokenSigningKey.variableValue(file);
    }

    /**
     * TICKETING_SEALING_SECRET if set; else the one generated at the first run and kept in .local/sealing-secret
     * (0600). A work directory from before token keys has it as .local/jwt-secret: it is kept, so that the check-in
     * keys sealed with it still open.
     */
    private String sealingSecret() throws IOException {
        Path file = workDir.resolve("sealing-secret");
        Path before = workDir.resolve("jwt-secret");
        if (Env.get("TICKETING_SEALING_SECRET", null) == null && !Files.exists(file) && Files.exists(before)) {
            Files.move(before, file);
        }
        return secret("TICKETING_SEALING_SECRET", file, "sealing key ");
    }

    /**
     * TICKETING_PAYOUT_SECRET if set; else the one generated at the first run and kept in .local/payout-secret (0600):
     * organizers' payout details are encrypted with it (ADR 26).
     */
    private String payoutSecret() throws IOException {
        return secret("TICKETING_PAYOUT_SECRET", workDir.resolve("payout-secret"), "payout key  ");
    }

    /**
     * TICKETING_INTERNAL_AUTH_SECRET if set; else the one generated at the first run and kept in
     * .local/internal-auth-secret (0600): the deployables sign their calls to each other with it (ADR 21).
     */
    private String internalAuthSecret() throws IOException {
        return secret("TICKETING_INTERNAL_AUTH_SECRET", workDir.resolve("internal-auth-secret"), "cluster key ");
    }

    /** The variable's value if set; else the secret kept in the file, made at the first run (0600). */
    private String secret(String variable, Path file, String label) throws IOException {
        String fromEnvironment = Env.get(variable, null);
        if (fromEnvironment != null) {
            requireLongEnough(fromEnvironment, variable);
            say("  " + label + " from " + variable);
            return fromEnvironment;
        }
        if (Files.exists(file)) {
            String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            requireLongEnough(secret, file + " (delete it to get a new one)");
            say("  " + label + " " + shown(file));
            return secret;
        }
        byte[] random = new byte[MIN_SECRET_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        say("  " + label + " generated into " + shown(file));
        return secret;
    }

    private static void requireLongEnough(String secret, String source) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(
                    "The secret in " + source + " is shorter than " + MIN_SECRET_BYTES + " bytes");
        }
    }

    private synchronized ServiceProcess start(ServiceProcess.Spec spec) throws IOException {
        if (stopping) {
            return null;
        }
        ServiceProcess process = ServiceProcess.start(spec);
        running.add(process);
        return process;
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    /** The shutdown hook: the deployables in reverse start order, then the embedded infrastructure. */
    private void stop() {
        List<ServiceProcess> processes;
        Infrastructure started;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            processes = new ArrayList<>(running);
            started = infrastructure;
        }
        if (processes.isEmpty() && started == null) {
            return;
        }
        say("Stopping...");
        Collections.reverse(processes);
        for (ServiceProcess process : processes) {
            try {
                process.stop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (started != null) {
            try {
                started.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("Stopping the infrastructure failed: " + e);
            }
        }
        say("Stopped.");
    }

    private void printWelcome(Infrastructure infrastructure) {
        Path mail = infrastructure.mail().mailDirectory().orElseThrow();
        say("");
        say("Ticket or Leave It is running.");
        say("  Gateway   http://localhost:" + GATEWAY.port());
        say("  API docs  http://localhost:" + GATEWAY.port() + "/swagger-ui.html");
        say("  Mail      " + shown(mail) + "/ (one .eml file per mail; SMTP "
                + infrastructure.mail().host() + ":" + infrastructure.mail().port() + ")");
        say("  Logs      " + shown(workDir.resolve("logs")) + "/");
        say("Buy a ticket: follow the walkthrough in README.md against the gateway URL above;");
        say("the confirmation and ticket mails land in " + shown(mail) + "/.");
        say("Press Ctrl-C to stop everything.");
    }

    private static int grpcPort() {
        return Env.port("TICKETING_QUERY_SERVICES_GRPC_PORT", 9090);
    }

    private static String shown(Path path) {
        Path current = Path.of("").toAbsolutePath();
        return path.startsWith(current) ? current.relativize(path).toString() : path.toString();
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
