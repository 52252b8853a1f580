package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A cancelled order's amount went back to its buyer; the order is over. */
@Revision("1")
public record OrderRefunded(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        long amountMinor,
        String currency,
        CancellationReason reason) {}
