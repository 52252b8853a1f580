package com.ticketorleaveit.organizers.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an organizer profile. */
public record OrganizerId(UUID value) {

    public OrganizerId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganizerId random() {
        return new OrganizerId(UUID.randomUUID());
    }

    @JsonCreator
    public static OrganizerId of(String value) {
        return new OrganizerId(UUID.fromString(value));
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
