package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider declined the payment. */
@Revision("1")
public record PaymentDeclined(PaymentId paymentId, UUID orderId, String reason) {}
