package com.ticketorleaveit.system;

import com.ticketorleaveit.local.Deployables;
import com.ticketorleaveit.local.Infrastructure;
import com.ticketorleaveit.local.ServiceProcess;
import com.ticketorleaveit.local.TokenSigningKey;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four deployables, started once per test JVM as separate processes from their built jars, against the real
 * PostgreSQL and AMQP broker (or embedded ones where none runs) and an in-process SMTP server.
 */
final class RunningSystem {

    /** Two replicas, so that every system test also crosses the distributed command bus between nodes. */
    static final int COMMAND_SERVICES_REPLICAS = 2;

    /** Two replicas: one consumes each queue, the other stands by and takes over; both run deadlines. */
    static final int SAGA_ORCHESTRATOR_REPLICAS = 2;

    /** Short enough that an unpaid order expires within a test, long enough for a simulated payment. */
    static final Duration HOLD = Duration.ofSeconds(6);
    /**
     * Purchases a command-services replica lets into the pipeline at once (200 by default): few enough that a test can
     * fill them, more than any other test has under way on one replica.
     */
    static final int ADMITTED_PURCHASES = 40;
    /** The {@code tok_approve_late} card is approved this long after it was asked for: after the hold. */
    static final Duration LATE_APPROVAL = Duration.ofSeconds(12);
    /** An expired order's unanswered payment is asked about again this often. */
    static final Duration LATE_PAYMENT_CHECK = Duration.ofSeconds(2);
    /** How long after its hold an expired order still waits for its payment: well after {@link #LATE_APPROVAL}. */
    static final Duration LATE_PAYMENT_WINDOW = Duration.ofSeconds(15);
    /** The {@code tok_approve_very_late} card is approved this long after it was asked for: after that window. */
    static final Duration VERY_LATE_APPROVAL = Duration.ofSeconds(25);
    /**
     * How long a payment has been approved before the purchase's safety net completes its order; it sweeps every 2 s.
     * Long enough that it rarely steps in for a purchase that is merely slow (it would change nothing if it did).
     */
    static final Duration SWEEP_GRACE = Duration.ofSeconds(10);

    /** A seat offered from a waiting list is held this long for its customer, then passes to the next. */
    static final Duration OFFER_HOLD = Duration.ofSeconds(10);

    /** Ticket holders are reminded this long before their event starts, in rounds every 2 s. */
    static final Duration REMINDER_BEFORE = Duration.ofSeconds(45);

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static RunningSystem instance;
    private static Exception startFailure;

    private final Infrastructure infrastructure;
    private final String database;
    private final String brokerNamespace =
            "system-test-" + UUID.randomUUID().toString().substring(0, 8);
    /** The users context's key, held by the test as its operator would hold it; command-services alone is given it. */
    private final TokenSigningKey tokenSigningKey;
    /** command-services' key files, the signing key's first. */
    private final List<Path> tokenKeyFiles = new ArrayList<>();

    private String signingKeyId;
    /** The cluster's secret, with which the deployables sign their calls to each other (ADR 21). */
    private final String internalAuthSecret;
    /** Encrypts organizers' payout details (ADR 26); command-services alone is given it. */
    private final String payoutSecret;
    /** The first admin's email, from configuration, and where command-services writes its one-time password. */
    private final String firstAdminEmail = "first-admin-" + UUID.randomUUID() + "@example.test";

    private final Path firstAdminPasswordFile;
    /** The simulated payment provider's webhook signing secret, shared by the command-services replicas. */
    private final String webhookSecret = UUID.randomUUID().toString();

    private final List<ServiceProcess> processes = new ArrayList<>();
    private final URI gateway;
    /** Where the deployables export their traces (ADR 28). */
    private final TraceReceiver traces;

    private RunningSystem() throws IOException, InterruptedException {
        Path work = Path.of("target", "system");
        Files.createDirectories(work);
        infrastructure = Infrastructure.start(work.resolve("infrastructure"), Infrastructure.Options.forTests());
        // stops whatever was started, also when a deployable fails to start below
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "system-test-shutdown"));
        database = infrastructure.postgres().createScratchDatabase("system_test");
        Path tokenKeyFile = work.resolve("token-signing-key.pem");
        Files.deleteIfExists(tokenKeyFile);
        tokenSigningKey = TokenSigningKey.generate();
        tokenSigningKey.writeTo(tokenKeyFile);
        tokenKeyFiles.add(tokenKeyFile);
        signingKeyId = tokenSigningKey.keyId();
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        String sealingSecret = Base64.getEncoder().encodeToString(secret);
        byte[] payout = new byte[48];
        new SecureRandom().nextBytes(payout);
        payoutSecret = Base64.getEncoder().encodeToString(payout);
        firstAdminPasswordFile = work.resolve("first-admin-password");
        byte[] clusterSecret = new byte[48];
        new SecureRandom().nextBytes(clusterSecret);
        internalAuthSecret = Base64.getEncoder().encodeToString(clusterSecret);

        List<Integer> ports = Deployables.freePorts(COMMAND_SERVICES_REPLICAS + SAGA_ORCHESTRATOR_REPLICAS + 3);
        List<Integer> commandPorts = ports.subList(0, COMMAND_SERVICES_REPLICAS);
        List<Integer> sagaPorts =
                ports.subList(COMMAND_SERVICES_REPLICAS, COMMAND_SERVICES_REPLICAS + SAGA_ORCHESTRATOR_REPLICAS);
        int commandPort = commandPorts.get(0);
        int sagaPort = sagaPorts.get(0);
        int queryPort = ports.get(ports.size() - 3);
        int grpcPort = ports.get(ports.size() - 2);
        int gatewayPort = ports.get(ports.size() - 1);
        traces = TraceReceiver.start();
        Map<String, String> environment = new HashMap<>(infrastructure.environmentFor(database));
        // traces recorded at the default share and sent to this JVM; logs as JSON lines, the purchase saga's included
        environment.put("MANAGEMENT_OTLP_TRACING_ENDPOINT", traces.endpoint());
        environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        environment.put("LOGGING_LEVEL_COM_TICKETORLEAVEIT_SAGA_TICKETPURCHASE", "DEBUG");
        environment.put("TICKETING_INTERNAL_AUTH_SECRET", internalAuthSecret);
        environment.put("TICKETING_PAYMENTS_WEBHOOK_SECRET", webhookSecret);
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        environment.putAll(
                Deployables.wiring(new Deployables.Ports(commandPort, queryPort, grpcPort, sagaPort, gatewayPort)));
        environment.put("TICKETING_PURCHASE_HOLD_DURATION", HOLD.toString());
        environment.put("TICKETING_TICKETS_COMMAND_WAITINGLIST_OFFERHOLD", OFFER_HOLD.toString());
        environment.put("TICKETING_TICKETS_COMMAND_ADMISSION_INFLIGHTORDERS", String.valueOf(ADMITTED_PURCHASES));
        environment.put("TICKETING_PAYMENTS_COMMAND_SIMULATED_LATEAPPROVALDELAY", LATE_APPROVAL.toString());
        environment.put("TICKETING_SAGA_PURCHASE_LATEPAYMENTCHECKEVERY", LATE_PAYMENT_CHECK.toString());
        environment.put("TICKETING_SAGA_PURCHASE_LATEPAYMENTWINDOW", LATE_PAYMENT_WINDOW.toString());
        environment.put("TICKETING_PAYMENTS_COMMAND_SIMULATED_VERYLATEAPPROVALDELAY", VERY_LATE_APPROVAL.toString());
        environment.put("TICKETING_SAGA_SWEEP_EVERY", "PT2S");
        environment.put("TICKETING_SAGA_SWEEP_ASKUNANSWEREDEVERY", "PT2S");
        environment.put("TICKETING_SAGA_SWEEP_GRACE", SWEEP_GRACE.toString());
        environment.put("TICKETING_SAGA_REMINDERS_BEFORE", REMINDER_BEFORE.toString());
        environment.put("TICKETING_SAGA_REMINDERS_EVERY", "PT2S");
        // a refund the provider fails at first is tried again within seconds, not minutes
        environment.put("TICKETING_SAGA_REFUND_FIRSTRETRY", "PT1S");
        // this run's own exchanges and queues, which the broker deletes a while after the run
        environment.put("TICKETING_PLATFORM_MESSAGING_NAMESPACE", brokerNamespace);
        environment.put("TICKETING_PLATFORM_MESSAGING_UNUSED_QUEUE_EXPIRY", "PT10M");
        // six JVMs share PostgreSQL's 100 connections
        environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "12");
        // every member lists every command-services replica: the gateway balances over them, the command bus
        // routes each aggregate's commands to one of them
        environment.put("SPRING_APPLICATION_JSON", commandServicesInstances(commandPorts));

        Path repository = Path.of(System.getProperty("ticketing.home", ".."))
                .toAbsolutePath()
                .normalize();
        // one command-services first: it creates the event store the others read; then all the rest at once
        // only command-services (the users context) holds the key that signs access tokens, and the sealing secret
        Map<String, String> commandServicesEnvironment = new HashMap<>(environment);
        commandServicesEnvironment.put(TokenSigningKey.VARIABLE, TokenSigningKey.variableValue(tokenKeyFile));
        commandServicesEnvironment.put("TICKETING_SEALING_SECRET", sealingSecret);
        commandServicesEnvironment.put("TICKETING_PAYOUT_SECRET", payoutSecret);
        // the first admin, made by the first replica at its start; every replica is told the same
        Files.deleteIfExists(firstAdminPasswordFile);
        commandServicesEnvironment.put("TICKETING_ADMIN_EMAIL", firstAdminEmail);
        commandServicesEnvironment.put(
                "TICKETING_ADMIN_PASSWORD_FILE",
                firstAdminPasswordFile.toAbsolutePath().toString());
        startReplicas(
                "command-services",
                repository.resolve(Deployables.COMMAND_SERVICES_JAR),
                commandPorts,
                "TICKETING_COMMAND_SERVICES",
                commandServicesEnvironment,
                work);
        start("query-services", repository.resolve(Deployables.QUERY_SERVICES_JAR), queryPort, environment, work);
        startReplicas(
                "saga-orchestrator",
                repository.resolve(Deployables.SAGA_ORCHESTRATOR_JAR),
                sagaPorts,
                "TICKETING_SAGA_ORCHESTRATOR",
                environment,
                work);
        start("gateway", repository.resolve(Deployables.GATEWAY_JAR), gatewayPort, environment, work);
        for (ServiceProcess process : processes) {
            process.awaitReady(READY_TIMEOUT);
        }
        gateway = URI.create("http://127.0.0.1:" + gatewayPort);
    }

    /**
     * The system of this test JVM, started by the first caller. If it failed to start, every later caller gets that
     * failure too, rather than a second system beside the remains of the first.
     */
    static synchronized RunningSystem get() {
        if (startFailure != null) {
            throw new IllegalStateException("The system failed to start: " + startFailure.getMessage(), startFailure);
        }
        if (instance == null) {
            try {
                instance = new RunningSystem();
            } catch (IOException | RuntimeException e) {
                startFailure = e;
                throw e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                startFailure = e;
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    URI gateway() {
        return gateway;
    }

    String firstAdminEmail() {
        return firstAdminEmail;
    }

    Path firstAdminPasswordFile() {
        return firstAdminPasswordFile;
    }

    /** The base URIs of the command-services replicas (internal ports, not through the gateway). */
    List<URI> commandServicesReplicas() {
        return processes.stream()
                .filter(process -> process.name().startsWith("command-services"))
                .map(ServiceProcess::baseUri)
                .toList();
    }

    /** The base URI of query-services (its internal port). */
    URI queryServices() {
        return processes.stream()
                .filter(process -> process.name().equals("query-services"))
                .map(ServiceProcess::baseUri)
                .findFirst()
                .orElseThrow();
    }

    /** The base URIs of the saga-orchestrator replicas (internal ports). */
    List<URI> sagaOrchestratorReplicas() {
        return processes.stream()
                .filter(process -> process.name().startsWith("saga-orchestrator"))
                .map(ServiceProcess::baseUri)
                .toList();
    }

    TraceReceiver traces() {
        return traces;
    }

    /** The console output of a deployable's replicas ({@code saga-orchestrator}, {@code saga-orchestrator-2}, ...). */
    synchronized List<Path> logFiles(String deployable) {
        return processes.stream()
                .filter(process ->
                        process.name().equals(deployable) || process.name().startsWith(deployable + "-"))
                .map(ServiceProcess::logFile)
                .toList();
    }

    /** Exchanges and queues of this run are named {@code <namespace>.<name>}. */
    String brokerNamespace() {
        return brokerNamespace;
    }

    /** The key the system was started with: it verifies for the whole run, also after a rotation. */
    TokenSigningKey tokenSigningKey() {
        return tokenSigningKey;
    }

    String internalAuthSecret() {
        return internalAuthSecret;
    }

    String webhookSecret() {
        return webhookSecret;
    }

    String jdbcUrl() {
        return infrastructure.postgres().jdbcUrl(database);
    }

    Infrastructure infrastructure() {
        return infrastructure;
    }

    List<MimeMessage> mailsTo(String recipient) {
        return infrastructure.mail().receivedMessages().stream()
                .filter(message -> {
                    try {
                        return message.getAllRecipients() != null
                                && List.of(message.getAllRecipients()).stream()
                                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /**
     * One process per port, named {@code name}, {@code name-2}, ..., each told its own port and URL through the
     * deployable's {@code <variablePrefix>_PORT} and {@code _URL} variables.
     */
    private void startReplicas(
            String name,
            Path jar,
            List<Integer> ports,
            String variablePrefix,
            Map<String, String> environment,
            Path work)
            throws IOException, InterruptedException {
        for (int i = 0; i < ports.size(); i++) {
            Map<String, String> replica = new HashMap<>(environment);
            replica.put(variablePrefix + "_PORT", String.valueOf(ports.get(i)));
            replica.put(variablePrefix + "_URL", "http://127.0.0.1:" + ports.get(i));
            start(i == 0 ? name : name + "-" + (i + 1), jar, ports.get(i), replica, work);
        }
    }

    /** Starts a deployable; the first one is awaited before any other starts, the others all at the end. */
    private void start(String name, Path jar, int port, Map<String, String> environment, Path work)
            throws IOException, InterruptedException {
        var process = ServiceProcess.start(new ServiceProcess.Spec(
                name, jar, port, environment, List.of("-Xmx384m", "-XX:+UseSerialGC"), work.resolve(name + ".log")));
        processes.add(process);
        if (processes.size() == 1) {
            process.awaitReady(READY_TIMEOUT);
        }
    }

    /**
     * Rotates the users context's token key as an operator does (ADR 22): a new key file, listed first (it signs) before
     * the current one (it keeps verifying), each command-services replica restarted in turn with the new list.
     */
    synchronized TokenSigningKey rotateTokenSigningKey() throws IOException, InterruptedException {
        TokenSigningKey newKey = TokenSigningKey.generate();
        Path work = Path.of("target", "system");
        Path newFile = work.resolve("token-signing-key-" + newKey.keyId().substring(0, 8) + ".pem");
        newKey.writeTo(newFile);
        tokenKeyFiles.add(0, newFile);
        String keys = TokenSigningKey.variableValue(tokenKeyFiles.toArray(Path[]::new));
        for (ServiceProcess before : List.copyOf(processes)) {
            if (!before.name().startsWith("command-services")) {
                continue;
            }
            ServiceProcess.Spec spec = before.spec();
            Map<String, String> environment = new HashMap<>(spec.environment());
            environment.put(TokenSigningKey.VARIABLE, keys);
            before.stop(Duration.ofSeconds(15));
            ServiceProcess after = ServiceProcess.start(new ServiceProcess.Spec(
                    spec.name(),
                    spec.jar(),
                    spec.port(),
                    environment,
                    spec.jvmOptions(),
                    spec.logFile().resolveSibling(spec.name() + "-rotated-" + System.currentTimeMillis() + ".log")));
            processes.set(processes.indexOf(before), after);
            after.awaitReady(READY_TIMEOUT);
        }
        signingKeyId = newKey.keyId();
        return newKey;
    }

    /** The key id new access tokens are signed under, once the users context issues them. */
    synchronized String signingKeyId() {
        return signingKeyId;
    }

    /** Kills a deployable as in a crash (SIGKILL, no graceful shutdown). */
    synchronized void crash(String name) throws InterruptedException {
        process(name).kill();
    }

    /** Stops a deployable as an operator does (SIGTERM, a graceful shutdown) and waits until it has ended. */
    synchronized void stop(String name) throws InterruptedException {
        process(name).stop(Duration.ofSeconds(15));
    }

    /** Starts crashed or stopped deployables again, as before, all at once, and waits until they are ready. */
    synchronized void restart(String... names) throws IOException, InterruptedException {
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : names) {
            ServiceProcess before = process(name);
            ServiceProcess.Spec spec = before.spec();
            Path log = spec.logFile().resolveSibling(name + "-restart-" + System.currentTimeMillis() + ".log");
            ServiceProcess after = ServiceProcess.start(new ServiceProcess.Spec(
                    spec.name(), spec.jar(), spec.port(), spec.environment(), spec.jvmOptions(), log));
            processes.set(processes.indexOf(before), after);
            started.add(after);
        }
        for (ServiceProcess process : started) {
            process.awaitReady(READY_TIMEOUT);
        }
    }

    private ServiceProcess process(String name) {
        return processes.stream()
                .filter(process -> process.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No deployable " + name));
    }

    /** Stops every deployable at once (each gracefully, then forcibly), then the infrastructure. */
    private void stop() {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : List.copyOf(processes)) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            process.stop(Duration.ofSeconds(15));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "stop-" + process.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (traces != null) {
            traces.close();
        }
        try {
            infrastructure.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commandServicesInstances(List<Integer> ports) {
        String instances = ports.stream()
                .map(port -> "{\"uri\":\"http://127.0.0.1:" + port + "\"}")
                .collect(java.util.stream.Collectors.joining(","));
        return "{\"spring\":{\"cloud\":{\"discovery\":{\"client\":{\"simple\":{\"instances\":"
                + "{\"command-services\":[" + instances + "]}}}}}}}";
    }
}
