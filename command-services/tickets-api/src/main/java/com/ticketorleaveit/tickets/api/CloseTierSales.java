package com.ticketorleaveit.tickets.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The tier's event stopped selling (its organizer closed sales, or it started): the tier sells nothing more and never
 * opens again; orders confirmed stay confirmed, and an order already holding seats may still be paid. Closing a closed
 * tier changes nothing.
 */
public record CloseTierSales(@TargetAggregateIdentifier UUID tierId) {}
