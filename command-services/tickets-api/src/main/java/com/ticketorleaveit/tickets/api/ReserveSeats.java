package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Holds seats of a tier for an order, or refuses; repeating it for the same order changes nothing, also once its
 * seats were sold or released.
 */
public record ReserveSeats(@TargetAggregateIdentifier UUID tierId, OrderId orderId, int quantity) {}
