package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the provider once more what became of a payment it has not answered yet, and records its answer: approved,
 * declined, failed, or still nothing. Answers the payment's status afterwards; for a payment already decided, the
 * provider is not asked.
 */
public record CheckPayment(@TargetAggregateIdentifier PaymentId paymentId) {}
