package com.ticketorleaveit.queryservices;

import static org.awaitility.Awaitility.await;

import com.ticketorleaveit.local.Infrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A scratch database of its own for a query-services test that publishes real events into a real PostgreSQL event
 * store and reads what the projections made of them.
 */
public final class EventStoreTestDatabase {

    private final Infrastructure infrastructure;
    private final String database;

    private EventStoreTestDatabase(Infrastructure infrastructure, String database) {
        this.infrastructure = infrastructure;
        this.database = database;
    }

    /** PostgreSQL (the machine's, or an embedded one) with a new database named after {@code name}. */
    public static EventStoreTestDatabase create(String name) {
        try {
            Infrastructure infrastructure =
                    Infrastructure.start(Path.of("target", "it-infrastructure"), Infrastructure.Options.forTests());
            return new EventStoreTestDatabase(
                    infrastructure, infrastructure.postgres().createScratchDatabase(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points query-services at this database, with command-services' schema migrated as command-services does: the
     * event store, and the simulated payment provider's records that the reconciliation reads.
     */
    public void register(DynamicPropertyRegistry registry) {
        infrastructure.environmentFor(database).forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ticketing.security.jwk-set-uri", TestTokenKeys::jwkSetUri);
        registry.add("grpc.server.port", () -> "0");
        // command-services owns this schema; here it is migrated the way command-services migrates it
        Flyway.configure()
                .dataSource(
                        infrastructure.postgres().jdbcUrl(database),
                        infrastructure.postgres().user(),
                        infrastructure.postgres().password())
                .schemas("command")
                .createSchemas(true)
                .locations(
                        "classpath:db/platform/common",
                        "classpath:db/platform/eventstore",
                        // the simulated provider's own migration files (see this module's pom)
                        "classpath:db/command/payments")
                .load()
                .migrate();
    }

    public void close() throws IOException {
        infrastructure.close();
    }

    public static List<TrackingEventProcessor> trackingProcessors(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .toList();
    }

    /** Every processor has caught up with the last event in the store. */
    public static void awaitCaughtUp(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        long last = jdbc.queryForObject("select max(globalindex) from command.domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> trackingProcessors(processing).stream()
                .allMatch(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream()
                                .allMatch(status -> status.isCaughtUp()
                                        && status.getCurrentPosition().orElse(0) >= last)));
    }
}
