package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends an order whose payment was declined or failed. */
public record FailOrderPayment(@TargetAggregateIdentifier OrderId orderId, String reason) {}
