package com.ticketorleaveit.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the event store lives. Command-services writes it; query-services reads the same tables through a
 * schema-qualified name, so each deployable keeps its own schema for everything else.
 *
 * @param schema the schema of the event store tables
 * @param fetchDelay how often an idle event stream looks for events appended by other processes
 */
@ConfigurationProperties("ticketing.platform.event-store")
public record EventStoreProperties(
        @DefaultValue("command") String schema,
        @DefaultValue("25ms") java.time.Duration fetchDelay) {

    String qualified(String table) {
        return schema.isBlank() ? table : schema + "." + table;
    }
}
