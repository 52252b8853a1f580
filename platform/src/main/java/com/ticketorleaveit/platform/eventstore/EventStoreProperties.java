package com.ticketorleaveit.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the event store lives. Command-services writes it; query-services reads the same tables through a
 * schema-qualified name, so each deployable keeps its own schema for everything else.
 */
@ConfigurationProperties("ticketing.platform.event-store")
public record EventStoreProperties(@DefaultValue("command") String schema) {

    String qualified(String table) {
        return schema.isBlank() ? table : schema + "." + table;
    }
}
