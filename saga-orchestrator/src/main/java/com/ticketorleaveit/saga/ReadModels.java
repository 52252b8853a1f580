package com.ticketorleaveit.saga;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this deployable reads query-services' read models, for the processes that look for work in them rather than
 * wait for an event (the purchase's safety net, event reminders; ADR 13). They are only read, never written.
 *
 * @param schema the database schema of the read models (query-services')
 */
@ConfigurationProperties("ticketing.saga.read-models")
public record ReadModels(@DefaultValue("query") String schema) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public ReadModels {
        // written into SQL
        if (!NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException(
                    "ticketing.saga.read-models.schema is not a plain schema name: " + schema);
        }
    }

    /** A read model's table, qualified with the schema. */
    public String table(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + name);
        }
        return schema + "." + name;
    }
}
