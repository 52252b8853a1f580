package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends an order whose hold ran out before payment. */
public record ExpireOrder(@TargetAggregateIdentifier OrderId orderId) {}
