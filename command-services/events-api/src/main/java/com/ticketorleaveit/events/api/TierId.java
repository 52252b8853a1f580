package com.ticketorleaveit.events.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a ticket tier of an event; the tickets context keys its seat inventory by it. */
public record TierId(UUID value) {

    public TierId {
        Objects.requireNonNull(value, "value");
    }

    public static TierId random() {
        return new TierId(UUID.randomUUID());
    }

    @JsonCreator
    public static TierId of(String value) {
        return new TierId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
