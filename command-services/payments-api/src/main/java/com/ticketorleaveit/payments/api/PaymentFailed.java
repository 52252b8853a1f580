package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The provider could not process the payment. */
@Revision("1")
public record PaymentFailed(PaymentId paymentId, UUID orderId, String reason) {}
