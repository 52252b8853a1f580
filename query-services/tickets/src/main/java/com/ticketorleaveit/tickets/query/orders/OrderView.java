package com.ticketorleaveit.tickets.query.orders;

import com.ticketorleaveit.tickets.api.OrderStatus;
import java.util.List;
import java.util.UUID;

/** An order as its buyer sees it; amount and currency appear once seats are held, tickets once confirmed. */
public record OrderView(
        UUID id,
        OrderStatus status,
        UUID eventId,
        UUID tierId,
        int quantity,
        Long amountMinor,
        String currency,
        List<Ticket> tickets,
        String failureReason) {

    public record Ticket(String code) {}
}
