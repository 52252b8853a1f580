package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The payment's whole amount went back to the customer (when: the event's timestamp). */
@Revision("1")
public record PaymentRefunded(
        PaymentId paymentId, UUID orderId, long amountMinor, String currency, String refundReference) {}
