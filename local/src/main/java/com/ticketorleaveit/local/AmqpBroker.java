package com.ticketorleaveit.local;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.SystemConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMQP 0-9-1 broker for local runs and tests: the RabbitMQ that answers on
 * {@code SPRING_RABBITMQ_HOST:SPRING_RABBITMQ_PORT}, or an embedded Apache Qpid Broker-J (in-memory, guest/guest)
 * when none does.
 */
public final class AmqpBroker implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 5672;

    private static final Logger log = LoggerFactory.getLogger(AmqpBroker.class);
    private static final byte[] PROTOCOL_HEADER_0_9_1 = {'A', 'M', 'Q', 'P', 0, 0, 9, 1};
    private static final int METHOD_FRAME = 1;
    private static final int PROBE_TIMEOUT_MILLIS = 2000;

    /*
     * Written to a file and passed by file: URL: Qpid's default classpath: URL does not resolve inside a Spring Boot
     * jar. Plain auth on a non-TLS port needs an empty secureOnlyMechanisms.
     * Unknown queue arguments (RabbitMQ's x-queue-type, x-dead-letter-exchange, ...) are logged instead of failing
     * the declaration: Qpid ignores them. Qpid requeues a message rejected without requeue (a JMS habit) unless the
     * queue has a delivery limit: with a limit of 1 such a message is dead-lettered at once, as RabbitMQ does: to the
     * queue's Qpid "alternateExchange" argument if declared, else dropped.
     */
    private static final String INITIAL_CONFIG = """
            {
              "name": "ticketing-embedded-broker",
              "modelVersion": "9.1",
              "context": {
                "queue.behaviourOnUnknownDeclareArgument": "LOG",
                "queue.maximumDeliveryAttempts": "1"
              },
              "authenticationproviders": [ {
                "name": "plain",
                "type": "Plain",
                "secureOnlyMechanisms": [],
                "users": [ { "name": "guest", "type": "managed", "password": "guest" } ]
              } ],
              "ports": [ {
                "name": "AMQP",
                "port": "${qpid.amqp_port}",
                "bindingAddress": "127.0.0.1",
                "protocols": [ "AMQP_0_9_1" ],
                "authenticationProvider": "plain",
                "virtualhostaliases": [
                  { "name": "nameAlias", "type": "nameAlias" },
                  { "name": "defaultAlias", "type": "defaultAlias" }
                ]
              } ],
              "virtualhostnodes": [ {
                "name": "default",
                "type": "Memory",
                "defaultVirtualHostNode": "true",
                "virtualHostInitialConfiguration": "{ \\"type\\": \\"Memory\\" }"
              } ]
            }
            """;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final boolean quorumQueues;
    private final SystemLauncher embedded;

    private AmqpBroker(
            String host, int port, String user, String password, boolean quorumQueues, SystemLauncher embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.quorumQueues = quorumQueues;
        this.embedded = embedded;
    }

    /** The broker named by the environment if one answers there, else an embedded one on a free port. */
    public static AmqpBroker start(Path directory) throws IOException {
        String host = Env.get("SPRING_RABBITMQ_HOST", DEFAULT_HOST);
        int port = Env.port("SPRING_RABBITMQ_PORT", DEFAULT_PORT);
        Optional<String> product = product(host, port);
        if (product.isPresent()) {
            log.info("Using the AMQP broker on {}:{} ({})", host, port, product.get());
            return running(
                    host,
                    port,
                    Env.get("SPRING_RABBITMQ_USERNAME", "guest"),
                    Env.get("SPRING_RABBITMQ_PASSWORD", "guest"),
                    product.get());
        }
        log.info("No AMQP 0-9-1 broker answers on {}:{}; starting an embedded one", host, port);
        return embedded(directory, 0);
    }

    /** A broker that is already running; fails if none answers AMQP 0-9-1 there. */
    public static AmqpBroker connect(String host, int port, String user, String password) {
        return running(
                host,
                port,
                user,
                password,
                product(host, port)
                        .orElseThrow(() ->
                                new IllegalStateException("No AMQP 0-9-1 broker answers on " + host + ":" + port)));
    }

    /**
     * Starts an embedded Qpid broker: AMQP 0-9-1 on 127.0.0.1, user guest/guest, an in-memory default virtual host
     * (also reached as {@code /}). No quorum queues; RabbitMQ's {@code x-dead-letter-exchange} is ignored, Qpid's
     * {@code alternateExchange} queue argument takes its role (the message keeps its routing key).
     *
     * @param directory Qpid's work directory and its configuration files
     * @param port 0 for a free one
     */
    public static AmqpBroker embedded(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        Path initialConfig = Files.writeString(directory.resolve("qpid-initial-config.json"), INITIAL_CONFIG);
        Path systemProperties = Files.writeString(
                directory.resolve("qpid-system.properties"), "# no system properties for the embedded broker\n");
        int amqpPort = port == 0 ? Ports.free() : port;

        AtomicReference<RuntimeException> startupError = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void errorOnStartup(RuntimeException e) {
                startupError.set(e);
            }
        });
        try {
            launcher.startup(Map.of(
                    "type",
                    "Memory",
                    SystemConfig.INITIAL_CONFIGURATION_LOCATION,
                    initialConfig.toUri().toString(),
                    SystemConfig.INITIAL_SYSTEM_PROPERTIES_LOCATION,
                    systemProperties.toUri().toString(),
                    SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT,
                    false,
                    "context",
                    Map.of(
                            SystemConfig.QPID_WORK_DIR,
                            directory.toAbsolutePath().toString(),
                            "qpid.amqp_port",
                            String.valueOf(amqpPort))));
        } catch (Exception e) {
            throw new IllegalStateException("The embedded AMQP broker did not start on port " + amqpPort, e);
        }
        // Qpid reports startup failures to its listener only
        if (startupError.get() != null) {
            throw new IllegalStateException(
                    "The embedded AMQP broker did not start on port " + amqpPort, startupError.get());
        }
        if (product(DEFAULT_HOST, amqpPort).isEmpty()) {
            launcher.shutdown();
            throw new IllegalStateException("The embedded AMQP broker does not answer on port " + amqpPort);
        }
        log.info("Embedded AMQP broker (Qpid) listens on {}:{}", DEFAULT_HOST, amqpPort);
        return new AmqpBroker(DEFAULT_HOST, amqpPort, "guest", "guest", false, launcher);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** True for RabbitMQ; the embedded broker only has classic queues. */
    public boolean supportsQuorumQueues() {
        return quorumQueues;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        // while the JVM exits, Qpid's own shutdown hook stops the broker; stopping it twice fails
        if (embedded != null && !jvmShuttingDown()) {
            embedded.shutdown();
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    @Override
    public String toString() {
        return (isEmbedded() ? "embedded AMQP broker on " : (quorumQueues ? "RabbitMQ on " : "AMQP broker on "))
                + host
                + ":"
                + port;
    }

    private static AmqpBroker running(String host, int port, String user, String password, String product) {
        return new AmqpBroker(host, port, user, password, product.contains("RabbitMQ"), null);
    }

    /**
     * Opens an AMQP 0-9-1 handshake and reads the broker's Connection.Start, whose server properties name the
     * product. Empty if nothing answers there with AMQP 0-9-1.
     */
    private static Optional<String> product(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_TIMEOUT_MILLIS);
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(PROTOCOL_HEADER_0_9_1);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int frameType = in.readUnsignedByte();
            in.readUnsignedShort(); // channel
            int size = in.readInt();
            if (frameType != METHOD_FRAME || size <= 0 || size > 65_536) {
                return Optional.empty();
            }
            byte[] payload = in.readNBytes(size);
            String text = new String(payload, StandardCharsets.ISO_8859_1);
            return Optional.of(text.contains("RabbitMQ") ? "RabbitMQ" : "AMQP 0-9-1");
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
