package com.ticketorleaveit.tickets.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an event's door in the tickets context. Derived from the event id but not equal to it: the event's own
 * aggregate in the events context has that id, and an aggregate id names one stream in the event store.
 */
public record EventDoorId(UUID value) {

    public EventDoorId {
        Objects.requireNonNull(value, "value");
    }

    /** The door of an event: deterministic, so every command about the event's door addresses the same one. */
    public static EventDoorId of(UUID eventId) {
        return new EventDoorId(UUID.nameUUIDFromBytes(("event-door:" + eventId).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static EventDoorId of(String value) {
        return new EventDoorId(UUID.fromString(value));
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
