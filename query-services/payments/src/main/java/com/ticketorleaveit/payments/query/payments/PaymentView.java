package com.ticketorleaveit.payments.query.payments;

import com.ticketorleaveit.payments.api.PaymentStatus;
import java.time.Instant;
import java.util.UUID;

/** A payment as its customer sees it; the amount is in minor units of the currency. */
public record PaymentView(
        UUID id,
        UUID orderId,
        UUID customerId,
        long amountMinor,
        String currency,
        PaymentStatus status,
        String reason,
        String providerReference,
        Instant updatedAt) {}
