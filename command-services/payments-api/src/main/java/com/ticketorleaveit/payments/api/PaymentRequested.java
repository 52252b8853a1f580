package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A payment is due at the provider. */
@Revision("1")
public record PaymentRequested(
        PaymentId paymentId,
        UUID orderId,
        UUID customerId,
        long amountMinor,
        String currency,
        String paymentToken,
        String idempotencyKey) {}
