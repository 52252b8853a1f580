package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the provider gave the money back. */
public record RecordRefund(@TargetAggregateIdentifier PaymentId paymentId, String refundReference) {}
