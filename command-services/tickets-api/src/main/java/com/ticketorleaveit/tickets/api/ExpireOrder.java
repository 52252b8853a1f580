package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends a pending or reserved order whose hold ran out before payment. Answers the order's status afterwards: only
 * {@link OrderStatus#EXPIRED} means its seats are to be released; a paid order stays paid.
 */
public record ExpireOrder(@TargetAggregateIdentifier OrderId orderId) {}
