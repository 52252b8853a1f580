package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order's seats are held, in the same transaction as its placing; payment is due. */
@Revision("1")
public record OrderReserved(
        OrderId orderId,
        long amountMinor,
        String currency,
        UUID customerId,
        UUID tierId,
        int quantity,
        String paymentToken) {}
