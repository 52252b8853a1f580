package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An order's seats are sold. */
@Revision("1")
public record SeatsSold(UUID tierId, UUID eventId, OrderId orderId, int quantity) {}
