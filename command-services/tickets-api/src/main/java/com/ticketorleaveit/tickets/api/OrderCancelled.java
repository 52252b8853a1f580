package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A confirmed order is cancelled: its tickets are void, its seats back on sale, and its amount is due back. */
@Revision("1")
public record OrderCancelled(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        int quantity,
        long amountMinor,
        String currency,
        UUID cancelledBy,
        CancellationReason reason) {}
