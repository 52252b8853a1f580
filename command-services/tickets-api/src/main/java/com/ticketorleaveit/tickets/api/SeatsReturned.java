package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A cancelled order's sold seats are on sale again. */
@Revision("1")
public record SeatsReturned(UUID tierId, UUID eventId, OrderId orderId, int quantity, int remaining) {}
