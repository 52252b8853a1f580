package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A ticket is scanned at the door of event {@code doorEventId} by {@code scannedBy} (the event's organizer, its door
 * staff, or an admin, {@code byAdmin}). Answers a {@link CheckIn}: the first scan checks the ticket in, a later one
 * answers when that was. Routed by the order's tier like every order command, so two doors scanning one ticket at the
 * same moment reach one node and one order, one after the other.
 */
public record CheckInTicket(
        OrderId orderId,
        @RoutingKey UUID tierId,
        String code,
        UUID doorEventId,
        UUID scannedBy,
        boolean byAdmin,
        Instant scannedAt) {}
