package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends an order whose seats could not be reserved. */
public record RejectOrder(@TargetAggregateIdentifier OrderId orderId, RejectionReason reason) {}
