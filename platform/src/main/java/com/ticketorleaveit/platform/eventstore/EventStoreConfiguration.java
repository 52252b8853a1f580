package com.ticketorleaveit.platform.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Axon on PostgreSQL without Axon Server: JDBC event store, token store, saga store and dead-letter queues, with
 * the schema owned by Flyway (see {@code db/platform}).
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties(EventStoreProperties.class)
public class EventStoreConfiguration {

    @Bean
    EventSchema eventSchema(EventStoreProperties properties) {
        return EventSchema.builder()
                .eventTable(properties.qualified("DomainEventEntry"))
                .snapshotTable(properties.qualified("SnapshotEventEntry"))
                .build();
    }

    /**
     * Loading a saga locks its row until the step's transaction ends: Axon serialises a saga's steps within one JVM
     * only, and a saga's deadline may fire on another replica than the one handling its events.
     */
    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema() {
            @Override
            public PreparedStatement sql_loadSaga(Connection connection, String sagaId) throws SQLException {
                PreparedStatement statement = connection.prepareStatement("SELECT "
                        + String.join(
                                ", ",
                                sagaSchema().serializedSagaColumn(),
                                sagaSchema().sagaTypeColumn(),
                                sagaSchema().revisionColumn())
                        + " FROM " + sagaSchema().sagaEntryTable()
                        + " WHERE " + sagaSchema().sagaIdColumn() + " = ? FOR UPDATE");
                statement.setString(1, sagaId);
                return statement;
            }
        };
    }

    /**
     * Tracking processors handle the events they find in batches of up to this many, in one transaction with one
     * token update, instead of one transaction per event: a read model keeps up with hundreds of events a second, and
     * an event it does not handle costs it next to nothing. A processor configured by name keeps its own settings.
     */
    static final int TRACKING_BATCH_SIZE = 100;

    @Bean
    ConfigurerModule batchedTrackingProcessors() {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessorConfiguration(
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(TRACKING_BATCH_SIZE));
    }

    /**
     * A handler that fails must not be skipped: the error reaches the processor, which retries the event or parks
     * it in the processing group's dead-letter queue (where enabled), so a read model is never silently wrong.
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
