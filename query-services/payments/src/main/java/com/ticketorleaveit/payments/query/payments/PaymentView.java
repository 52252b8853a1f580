package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment as its customer sees it; amounts are in minor units of the currency.
 *
 * @param requestedAt when the payment was requested: lists show the newest first
 * @param refund the payment's refund, null until one is requested
 */
public record PaymentView(
        UUID id,
        UUID orderId,
        UUID customerId,
        long amountMinor,
        String currency,
        PaymentStatus status,
        String reason,
        String providerReference,
        Instant updatedAt,
        Instant requestedAt,
        Refund refund) {

    /**
     * The whole amount of an approved payment going back to its customer.
     *
     * @param reason why it is refunded
     * @param attempts how many times the provider was asked so far
     * @param lastFailure why the last failed attempt failed, if one did
     * @param amountMinor the amount given back, once refunded
     * @param reference the provider's reference of the refund, once refunded
     */
    public record Refund(
            Status status,
            String reason,
            int attempts,
            String lastFailure,
            Instant requestedAt,
            Long amountMinor,
            String reference,
            Instant refundedAt) {

        public enum Status {
            PENDING,
            REFUNDED
        }
    }
}
