package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places an order; the same order id again with the same content changes nothing. */
public record PlaceOrder(
        @TargetAggregateIdentifier OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        int quantity,
        String paymentToken,
        String idempotencyKey) {}
