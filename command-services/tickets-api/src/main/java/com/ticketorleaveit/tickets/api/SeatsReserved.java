package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Seats are held for an order until sold or released. */
@Revision("1")
public record SeatsReserved(
        UUID tierId,
        UUID eventId,
        OrderId orderId,
        int quantity,
        long unitPriceMinor,
        String currency,
        int remaining) {}
