package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** No seats were held for an order. */
@Revision("1")
public record SeatReservationRejected(
        UUID tierId, UUID eventId, OrderId orderId, int quantity, RejectionReason reason) {}
