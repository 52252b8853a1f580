package com.ticketorleaveit.payments.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payments requested before the vault (ADR 30) carry the token under its old name, and still read. */
class StoredPaymentEventsTest {

    @Test
    void aPaymentRequestedBeforeTheVaultReadsItsTokenAsItsPaymentMethod() throws Exception {
        UUID order = UUID.randomUUID();
        PaymentRequested requested = new ObjectMapper()
                .readValue("""
                        {"paymentId": "%s", "orderId": "%s", "customerId": "%s", "amountMinor": 5000,
                         "currency": "EUR", "paymentToken": "tok_approve", "idempotencyKey": "k-1"}""".formatted(PaymentId.forOrder(order), order, UUID.randomUUID()), PaymentRequested.class);

        assertThat(requested.paymentMethod()).isEqualTo("tok_approve");
    }
}
