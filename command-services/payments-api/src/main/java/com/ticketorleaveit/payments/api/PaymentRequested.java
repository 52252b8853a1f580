package com.ticketorleaveit.payments.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A payment is due at the provider.
 *
 * @param paymentMethod the vault's reference to the payment token the customer gave (ADR 30), never the token; events
 *     stored before the vault carry the token itself, read under its old name
 */
@Revision("1")
public record PaymentRequested(
        PaymentId paymentId,
        UUID orderId,
        UUID customerId,
        long amountMinor,
        String currency,
        @JsonAlias("paymentToken") String paymentMethod,
        String idempotencyKey) {}
