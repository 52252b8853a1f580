package com.ticketorleaveit.tickets.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An order is pending; the purchase process starts.
 *
 * @param paymentMethod the vault's reference to the payment token the customer gave (ADR 30), never the token; events
 *     stored before the vault carry the token itself, read under its old name
 */
@Revision("1")
public record OrderPlaced(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        int quantity,
        @JsonAlias("paymentToken") String paymentMethod,
        String idempotencyKey) {}
