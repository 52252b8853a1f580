package com.ticketorleaveit.payments.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The money is authorized and captured. */
@Revision("1")
public record PaymentApproved(
        PaymentId paymentId, UUID orderId, long amountMinor, String currency, String providerReference) {}
