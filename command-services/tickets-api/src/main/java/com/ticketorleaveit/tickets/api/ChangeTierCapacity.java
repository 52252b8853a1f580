package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Grows or shrinks a tier's capacity. It may grow any time and shrink down to the seats sold and held, never below
 * ({@link TicketErrors#CAPACITY_BELOW_TAKEN}); decided by the tier, one command at a time with its reservations, so a
 * shrink cannot slip between a buyer's hold and its check. The same capacity again changes nothing. Routed by tier, like
 * the orders that move its seats.
 */
public record ChangeTierCapacity(@TargetAggregateIdentifier UUID tierId, int capacity) {}
