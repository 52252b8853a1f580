package com.ticketorleaveit.tickets.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The order's seats are held, in the same transaction as its placing; payment is due.
 *
 * @param paymentMethod the vault's reference to the payment token the customer gave (ADR 30), never the token; events
 *     stored before the vault carry the token itself, read under its old name
 */
@Revision("1")
public record OrderReserved(
        OrderId orderId,
        long amountMinor,
        String currency,
        UUID customerId,
        UUID tierId,
        int quantity,
        @JsonAlias("paymentToken") String paymentMethod) {}
