package com.ticketorleaveit.payments.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a payment. One per order: see {@link #forOrder(java.util.UUID)}. */
public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    /** The payment of an order: deterministic, so that requesting payment twice addresses the same payment. */
    public static PaymentId forOrder(UUID orderId) {
        return new PaymentId(
                UUID.nameUUIDFromBytes(("payment:" + orderId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
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
