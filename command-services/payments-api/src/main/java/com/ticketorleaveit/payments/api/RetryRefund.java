package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the provider for the refund again after attempt {@code failedAttempt} failed; a stale retry changes nothing. */
public record RetryRefund(@TargetAggregateIdentifier PaymentId paymentId, int failedAttempt) {}
