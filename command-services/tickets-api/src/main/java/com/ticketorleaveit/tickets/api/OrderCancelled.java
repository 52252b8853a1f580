package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An order is cancelled and its amount is due back: a confirmed order cancelled by its buyer (its tickets void, its
 * seats back on sale), or a payment that arrived too late for any seats ({@code cancelledBy} null: nobody asked).
 */
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
