package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An order's held seats are available again. */
@Revision("1")
public record SeatsReleased(UUID tierId, UUID eventId, OrderId orderId, int quantity, int remaining) {}
