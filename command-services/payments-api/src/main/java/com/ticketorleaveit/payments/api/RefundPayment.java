package com.ticketorleaveit.payments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives an approved payment's whole amount back. A payment is refunded at most once: asking again while the refund is
 * under way, or after it is done, changes nothing. A payment that was never approved cannot be refunded.
 */
public record RefundPayment(@TargetAggregateIdentifier PaymentId paymentId, String reason) {}
