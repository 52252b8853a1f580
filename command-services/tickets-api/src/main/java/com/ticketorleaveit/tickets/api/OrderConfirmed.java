package com.ticketorleaveit.tickets.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The order is paid and its tickets are issued. */
@Revision("1")
public record OrderConfirmed(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        int quantity,
        long amountMinor,
        String currency,
        List<String> ticketCodes) {}
