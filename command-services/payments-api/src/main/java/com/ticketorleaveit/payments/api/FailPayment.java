package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the provider failed to process the payment. */
public record FailPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {}
