package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider could not give the money back this time; the refund is still due. */
@Revision("1")
public record RefundAttemptFailed(PaymentId paymentId, UUID orderId, int attempt, String reason) {}
