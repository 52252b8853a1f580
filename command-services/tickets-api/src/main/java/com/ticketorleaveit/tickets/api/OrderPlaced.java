package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An order is pending; the purchase process starts. */
@Revision("1")
public record OrderPlaced(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        int quantity,
        String paymentToken,
        String idempotencyKey) {}
