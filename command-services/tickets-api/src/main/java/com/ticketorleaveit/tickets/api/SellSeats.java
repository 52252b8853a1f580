package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turns an order's held seats into sold seats; nothing happens if they are sold already. An order that holds no seats
 * (never held, or released) refuses with {@link TicketErrors#SEATS_NOT_HELD}.
 */
public record SellSeats(@TargetAggregateIdentifier UUID tierId, OrderId orderId) {}
