package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to {@link CheckInTicket}: the ticket and when it was checked in. {@code firstScan} is false when it had
 * been checked in before; {@code checkedInAt} is then the time of that first scan.
 */
public record CheckIn(
        String code, OrderId orderId, UUID eventId, UUID tierId, Instant checkedInAt, boolean firstScan) {}
