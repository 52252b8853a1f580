package com.ticketorleaveit.tickets.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A confirmed order's tickets carry their signed QR payloads. Recorded in the same step as {@link OrderConfirmed},
 * right after it, with what the confirmation mail says (it carries the QR codes, so it is sent on this event); only
 * the event's public key is ever published, never its private one.
 */
@Revision("1")
public record TicketsSigned(
        OrderId orderId,
        UUID customerId,
        String customerEmail,
        UUID eventId,
        UUID tierId,
        long amountMinor,
        String currency,
        List<SignedTicket> tickets) {}
