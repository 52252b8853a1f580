package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the provider's decline. */
public record DeclinePayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {}
