package com.ticketorleaveit.tickets.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ends a pending or reserved order whose payment was declined or failed. Answers the order's status afterwards: only
 * {@link OrderStatus#PAYMENT_FAILED} means its seats are to be released.
 */
public record FailOrderPayment(@TargetAggregateIdentifier OrderId orderId, String reason) {}
