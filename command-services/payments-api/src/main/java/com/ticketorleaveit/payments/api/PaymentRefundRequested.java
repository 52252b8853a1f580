package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A refund of the whole payment is due at the provider: attempt 1, or a later attempt after a failure. Every attempt
 * uses the same {@code refundKey}, so the provider refunds once, however often it is asked.
 */
@Revision("1")
public record PaymentRefundRequested(
        PaymentId paymentId,
        UUID orderId,
        long amountMinor,
        String currency,
        String paymentIdempotencyKey,
        String refundKey,
        int attempt,
        String reason) {}
