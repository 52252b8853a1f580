package com.ticketorleaveit.tickets.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A ticket was let in at its event's door: the first scan of its code. */
@Revision("1")
public record TicketCheckedIn(
        OrderId orderId, UUID eventId, UUID tierId, String code, Instant checkedInAt, UUID checkedInBy) {}
