package com.ticketorleaveit.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL, the AMQP broker and the mail catcher that the deployables need: the running services where they
 * answer, embedded ones otherwise. Used by the local launcher, integration tests and the system tests.
 *
 * <pre>{@code
 * try (Infrastructure infrastructure = Infrastructure.start(workDir)) {
 *     String database = infrastructure.postgres().createScratchDatabase("purchase_it");
 *     Map<String, String> environment = infrastructure.environmentFor(database);
 *     ...
 * }
 * }</pre>
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private final Postgres postgres;
    private final AmqpBroker broker;
    private final MailCatcher mail;

    /**
     * How to choose and start the services.
     *
     * @param embeddedOnly start embedded services even where running ones answer
     * @param persistentDatabase keep the embedded database's data between runs (the caller stops it)
     * @param mailPort the SMTP port; 0 for a free one. If the port is taken, a free one is used.
     * @param mailDirectory where received mails are written as .eml files; null for none
     */
    public record Options(boolean embeddedOnly, boolean persistentDatabase, int mailPort, Path mailDirectory) {

        /**
         * Running services where they answer (embedded ones with {@code TICKETING_LOCAL_EMBEDDED=true} or
         * {@code -Dticketing.local.embedded=true}), a throw-away database, mail in memory on a free port.
         */
        public static Options forTests() {
            return new Options(Env.embeddedOnlyRequested(), false, 0, null);
        }

        /** Like tests, but the embedded database keeps its data, and mail goes to SMTP 3025 and workDir/mail. */
        public static Options forLocalRun(Path workDir) {
            return new Options(
                    Env.embeddedOnlyRequested(),
                    true,
                    Env.port("SPRING_MAIL_PORT", MailCatcher.DEFAULT_PORT),
                    workDir.resolve("mail"));
        }

        public Options embedded() {
            return new Options(true, persistentDatabase, mailPort, mailDirectory);
        }
    }

    private Infrastructure(Postgres postgres, AmqpBroker broker, MailCatcher mail) {
        this.postgres = postgres;
        this.broker = broker;
        this.mail = mail;
    }

    /** For tests: see {@link Options#forTests()}. Embedded services keep their files under workDir. */
    public static Infrastructure start(Path workDir) throws IOException {
        return start(workDir, Options.forTests());
    }

    public static Infrastructure start(Path workDir, Options options) throws IOException {
        Path postgresDirectory = workDir.resolve("postgres");
        Path brokerDirectory = workDir.resolve("amqp-broker");
        Postgres postgres = null;
        AmqpBroker broker = null;
        try {
            postgres = options.embeddedOnly()
                    ? Postgres.embedded(postgresDirectory, 0, options.persistentDatabase())
                    : Postgres.start(postgresDirectory, options.persistentDatabase());
            broker = options.embeddedOnly()
                    ? AmqpBroker.embedded(brokerDirectory, 0)
                    : AmqpBroker.start(brokerDirectory);
            int mailPort = options.mailPort();
            if (mailPort != 0 && !Ports.isFree(mailPort)) {
                log.warn("SMTP port {} is taken; the mail catcher uses a free port instead", mailPort);
                mailPort = 0;
            }
            MailCatcher mail = MailCatcher.start(mailPort, options.mailDirectory());
            return new Infrastructure(postgres, broker, mail);
        } catch (IOException | RuntimeException e) {
            closeAll(e, broker, postgres);
            throw e;
        }
    }

    public Postgres postgres() {
        return postgres;
    }

    public AmqpBroker broker() {
        return broker;
    }

    public MailCatcher mail() {
        return mail;
    }

    /**
     * The environment variables of docs/architecture.md that point a deployable at these services and the given
     * database (which must exist: see {@link Postgres#ensureDatabase} and {@link Postgres#createScratchDatabase}).
     */
    public Map<String, String> environmentFor(String databaseName) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("TICKETING_DB_HOST", postgres.host());
        environment.put("TICKETING_DB_PORT", String.valueOf(postgres.port()));
        environment.put("TICKETING_DB_NAME", databaseName);
        environment.put("TICKETING_DB_USER", postgres.user());
        environment.put("TICKETING_DB_PASSWORD", postgres.password());
        environment.put("SPRING_RABBITMQ_HOST", broker.host());
        environment.put("SPRING_RABBITMQ_PORT", String.valueOf(broker.port()));
        environment.put("SPRING_RABBITMQ_USERNAME", broker.user());
        environment.put("SPRING_RABBITMQ_PASSWORD", broker.password());
        environment.put("TICKETING_PLATFORM_MESSAGING_QUORUM_QUEUES", String.valueOf(broker.supportsQuorumQueues()));
        environment.put("SPRING_MAIL_HOST", mail.host());
        environment.put("SPRING_MAIL_PORT", String.valueOf(mail.port()));
        return Collections.unmodifiableMap(environment);
    }

    /** Stops the embedded services (mail first, database last) and drops scratch databases. */
    @Override
    public void close() throws IOException {
        mail.close();
        try {
            broker.close();
        } finally {
            postgres.close();
        }
    }

    private static void closeAll(Exception failure, AutoCloseable... started) {
        for (AutoCloseable service : started) {
            if (service != null) {
                try {
                    service.close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
