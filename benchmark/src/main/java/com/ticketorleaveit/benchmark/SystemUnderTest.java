package com.ticketorleaveit.benchmark;

import com.ticketorleaveit.local.Deployables;
import com.ticketorleaveit.local.Infrastructure;
import com.ticketorleaveit.local.JvmOptions;
import com.ticketorleaveit.local.ServiceProcess;
import com.ticketorleaveit.local.TokenSigningKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything a run measures, started by the benchmark and stopped by it: PostgreSQL and the AMQP broker (the
 * machine's where they answer, embedded ones otherwise), a scratch database, the in-process mail catcher, and the four
 * deployables as separate JVMs from their jars with the throughput JVM profile, all on 127.0.0.1.
 */
final class SystemUnderTest implements AutoCloseable {

    /**
     * All load comes from one client, which the gateway's per-client limiter (200/s, burst 400 by default) would
     * answer with 429: the benchmark lifts the limit so that it measures the platform, not the limiter.
     */
    static final int RATE_LIMIT = 1_000_000;

    static final JvmOptions.Profile JVM_PROFILE = JvmOptions.Profile.THROUGHPUT;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final List<String> IN_START_ORDER =
            List.of("command-services", "query-services", "saga-orchestrator", "gateway");

    private final Path home;
    private final Path workDir;
    private final String namespace;
    private final Consumer<String> say;
    /** The users context's key, held as its operator would hold it: command-services is given it, customers' tokens are signed with it. */
    private final TokenSigningKey tokenSigningKey = TokenSigningKey.generate();

    private final String sealingSecret;
    /** The cluster's secret, with which the deployables sign their calls to each other. */
    private final String internalAuthSecret;

    private final List<ServiceProcess> processes = Collections.synchronizedList(new ArrayList<>());
    private Infrastructure infrastructure;
    private String database;
    private int gatewayPort;
    private boolean closed;

    /**
     * @param home the repository root, where the jars are built
     * @param workDir logs and the embedded services' files
     * @param namespace the broker namespace of this run
     */
    SystemUnderTest(Path home, Path workDir, String namespace, Consumer<String> say) {
        this.home = home;
        this.workDir = workDir;
        this.namespace = namespace;
        this.say = say;
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        this.sealingSecret = Base64.getEncoder().encodeToString(secret);
        byte[] clusterSecret = new byte[48];
        new SecureRandom().nextBytes(clusterSecret);
        this.internalAuthSecret = Base64.getEncoder().encodeToString(clusterSecret);
    }

    /** Fails before anything starts if a jar is missing. */
    void requireJars() {
        List<String> missing = jars().values().stream()
                .filter(jar -> !Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./mvnw -DskipTests package in the repository root (or point --home at it).");
        }
    }

    /** PostgreSQL, the broker, the mail catcher and the scratch database. */
    void startInfrastructure() throws IOException {
        Infrastructure started =
                Infrastructure.start(workDir.resolve("infrastructure"), Infrastructure.Options.forTests());
        synchronized (this) {
            if (closed) {
                started.close();
                throw new IllegalStateException("Stopped while starting");
            }
            infrastructure = started;
        }
        database = started.postgres().createScratchDatabase("benchmark");
        say.accept("  database     " + started.postgres() + ", scratch database " + database);
        say.accept("  AMQP broker  " + started.broker() + ", namespace " + namespace);
        say.accept("  mail         " + started.mail());
    }

    /** The four deployables, each awaited until ready before the next starts. */
    void startDeployables() throws IOException, InterruptedException {
        List<Integer> listening = Deployables.freePorts(5);
        int commandPort = listening.get(0);
        int queryPort = listening.get(1);
        int grpcPort = listening.get(2);
        int sagaPort = listening.get(3);
        gatewayPort = listening.get(4);
        Map<String, String> environment = new LinkedHashMap<>(infrastructure.environmentFor(database));
        environment.put("TICKETING_INTERNAL_AUTH_SECRET", internalAuthSecret);
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.putAll(
                Deployables.wiring(new Deployables.Ports(commandPort, queryPort, grpcPort, sagaPort, gatewayPort)));
        environment.put("TICKETING_PLATFORM_MESSAGING_NAMESPACE", namespace);
        environment.put("TICKETING_GATEWAY_RATE_LIMIT_REPLENISH_PER_SECOND", String.valueOf(RATE_LIMIT));
        environment.put("TICKETING_GATEWAY_RATE_LIMIT_BURST", String.valueOf(RATE_LIMIT));
        // only command-services (the users context) holds the key that signs access tokens, and the sealing secret
        Map<String, String> commandServicesEnvironment = new LinkedHashMap<>(environment);
        Path tokenKeyFile = workDir.resolve("token-signing-key.pem");
        Files.deleteIfExists(tokenKeyFile);
        commandServicesEnvironment.put(
                TokenSigningKey.VARIABLE, TokenSigningKey.variableValue(tokenSigningKey.writeTo(tokenKeyFile)));
        commandServicesEnvironment.put("TICKETING_SEALING_SECRET", sealingSecret);
        // command-services does not start without the secret organizers' payout details are encrypted with
        byte[] payoutSecret = new byte[48];
        new SecureRandom().nextBytes(payoutSecret);
        commandServicesEnvironment.put(
                "TICKETING_PAYOUT_SECRET", Base64.getEncoder().encodeToString(payoutSecret));
        Map<String, Integer> ports =
                Map.of("command-services", commandPort, "query-services", queryPort, "saga-orchestrator", sagaPort);
        Map<String, Path> jars = jars();
        for (String name : IN_START_ORDER) {
            int port = name.equals("gateway") ? gatewayPort : ports.get(name);
            Path log = workDir.resolve("logs").resolve(name + ".log");
            say.accept("Starting " + name + " on port " + port + " (log " + log + ")");
            long startedAt = System.nanoTime();
            ServiceProcess process;
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("Stopped while starting");
                }
                process = ServiceProcess.start(new ServiceProcess.Spec(
                        name,
                        jars.get(name),
                        port,
                        name.equals("command-services") ? commandServicesEnvironment : environment,
                        jvmOptions(name),
                        log));
                processes.add(process);
            }
            process.awaitReady(READY_TIMEOUT);
            say.accept("  ready after "
                    + Duration.ofNanos(System.nanoTime() - startedAt).toSeconds() + " s");
        }
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    TokenSigningKey tokenSigningKey() {
        return tokenSigningKey;
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    Connection connect() throws SQLException {
        return infrastructure.postgres().connect(database);
    }

    /** Fails naming the deployable if one has exited. */
    void requireRunning() {
        for (ServiceProcess process : List.copyOf(processes)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        process.name() + " exited with code " + process.exitCode() + "; see " + process.logFile());
            }
        }
    }

    Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put(
                "postgres",
                infrastructure == null ? null : infrastructure.postgres().toString());
        description.put(
                "amqpBroker",
                infrastructure == null ? null : infrastructure.broker().toString());
        description.put("messagingNamespace", namespace);
        description.put("jvmProfile", JVM_PROFILE.displayName());
        Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
        IN_START_ORDER.forEach(name -> jvmOptions.put(name, JvmOptions.of(JVM_PROFILE, name)));
        description.put("jvmOptions", jvmOptions);
        description.put("gatewayRateLimitPerSecond", RATE_LIMIT);
        description.put("gatewayRateLimitBurst", RATE_LIMIT);
        description.put("purchaseHoldDuration", "default");
        return description;
    }

    /** Stops the deployables in reverse start order, then the infrastructure (dropping the scratch database). */
    @Override
    public void close() {
        List<ServiceProcess> started;
        Infrastructure startedInfrastructure;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            started = new ArrayList<>(processes);
            startedInfrastructure = infrastructure;
        }
        Collections.reverse(started);
        for (ServiceProcess process : started) {
            try {
                process.stop(STOP_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (startedInfrastructure != null) {
            try {
                startedInfrastructure.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("Stopping the infrastructure failed: " + e);
            }
        }
    }

    private List<String> jvmOptions(String name) throws IOException {
        Path tmp = Files.createDirectories(workDir.resolve("tmp").resolve(name));
        List<String> options = new ArrayList<>(JvmOptions.of(JVM_PROFILE, name));
        options.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        options.add("-Daxoniq.update-checker.disabled=true");
        return options;
    }

    private Map<String, Path> jars() {
        Map<String, Path> jars = new LinkedHashMap<>();
        jars.put("command-services", home.resolve(Deployables.COMMAND_SERVICES_JAR));
        jars.put("query-services", home.resolve(Deployables.QUERY_SERVICES_JAR));
        jars.put("saga-orchestrator", home.resolve(Deployables.SAGA_ORCHESTRATOR_JAR));
        jars.put("gateway", home.resolve(Deployables.GATEWAY_JAR));
        return jars;
    }
}
