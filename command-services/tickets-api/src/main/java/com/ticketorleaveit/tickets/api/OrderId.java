package com.ticketorleaveit.tickets.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies an order. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /**
     * The order a customer's idempotency key stands for: the same customer and key always address the same order,
     * so a retried request cannot place a second one.
     */
    public static OrderId forIdempotencyKey(UUID customerId, String idempotencyKey) {
        return new OrderId(
                UUID.nameUUIDFromBytes((customerId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(UUID.fromString(value));
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
