package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks for an order's payment; the idempotency key travels to the provider. Repeating it changes nothing. */
public record RequestPayment(
        @TargetAggregateIdentifier PaymentId paymentId,
        UUID orderId,
        UUID customerId,
        long amountMinor,
        String currency,
        String paymentMethod,
        String idempotencyKey) {}
