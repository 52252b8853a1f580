package com.ticketorleaveit.tickets.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events stored before the vault (ADR 30) carry the payment token under its old name, and still read. */
class StoredOrderEventsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final UUID order = UUID.randomUUID();

    @Test
    void anOrderPlacedBeforeTheVaultReadsItsTokenAsItsPaymentMethod() throws Exception {
        OrderPlaced placed = json.readValue(
                """
                {"orderId": "%s", "customerId": "%s", "customerEmail": "a@example.org", "eventId": "%s",
                 "tierId": "%s", "quantity": 2, "paymentToken": "tok_approve", "idempotencyKey": "k-1"}""".formatted(order, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), OrderPlaced.class);

        assertThat(placed.paymentMethod()).isEqualTo("tok_approve");
    }

    @Test
    void anOrderReservedBeforeTheVaultReadsItsTokenAsItsPaymentMethod() throws Exception {
        OrderReserved reserved =
                json.readValue("""
                {"orderId": "%s", "amountMinor": 5000, "currency": "EUR", "customerId": "%s", "tierId": "%s",
                 "quantity": 2, "paymentToken": "tok_approve"}""".formatted(order, UUID.randomUUID(), UUID.randomUUID()), OrderReserved.class);

        assertThat(reserved.paymentMethod()).isEqualTo("tok_approve");
    }

    @Test
    void aNewOrderStoresTheReferenceUnderItsOwnName() throws Exception {
        String stored = json.writeValueAsString(new OrderReserved(
                new OrderId(order), 5000, "EUR", UUID.randomUUID(), UUID.randomUUID(), 2, "vault:ref"));

        assertThat(stored).contains("\"paymentMethod\":\"vault:ref\"").doesNotContain("paymentToken");
    }
}
