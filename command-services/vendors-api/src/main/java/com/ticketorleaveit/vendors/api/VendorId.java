package com.ticketorleaveit.vendors.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a vendor profile. */
public record VendorId(UUID value) {

    public VendorId {
        Objects.requireNonNull(value, "value");
    }

    public static VendorId random() {
        return new VendorId(UUID.randomUUID());
    }

    @JsonCreator
    public static VendorId of(String value) {
        return new VendorId(UUID.fromString(value));
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
