package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the order's payment arrived. The order decides between this and {@link ExpireOrder}, whichever comes
 * first: marking a paid order again changes nothing, an order that already ended refuses with
 * {@link TicketErrors#ORDER_ALREADY_ENDED}.
 */
public record MarkOrderPaid(@TargetAggregateIdentifier OrderId orderId) {}
