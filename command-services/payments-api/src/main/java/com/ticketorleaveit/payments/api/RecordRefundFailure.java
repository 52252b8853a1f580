package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that one attempt at the refund failed at the provider; it will be tried again. */
public record RecordRefundFailure(@TargetAggregateIdentifier PaymentId paymentId, int attempt, String reason) {}
