package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Payment providers answer on their own, by signed messages to {@code POST /api/v1/payments/webhooks/{provider}},
 * public through the gateway: HMAC-SHA256 over {@code <timestamp>.<body>} with the provider's secret.
 */
class WebhooksSystemIT extends SystemTest {

    private static final String WEBHOOKS = "/api/v1/payments/webhooks/simulated";

    static Ticketing.User organizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
    }

    @Test
    void aPaymentTheProviderApprovesByWebhookConfirmsTheOrder() {
        var event = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();

        String orderId = ticketing.buy(buyer, event, 2, "tok_webhook");
        JsonNode order = ticketing.finalOrder(buyer, orderId);

        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("tickets")).hasSize(2);
        assertThat(paymentOf(buyer, orderId).get("status").asText()).isEqualTo("APPROVED");
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void forgedStaleAndReplayedMessagesChangeNothing() {
        var event = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();
        String orderId = ticketing.buy(buyer, event, 1, "tok_timeout");
        String paymentId = Ticketing.eventually(
                        "the payment requested",
                        () -> ticketing.api.get("/api/v1/payments?orderId=" + orderId, buyer.accessToken()),
                        r -> r.status() == 200)
                .json()
                .get("id")
                .asText();
        long now = Instant.now().getEpochSecond();
        String decline = message("evt_" + UUID.randomUUID(), "payment.declined", paymentId, "reason", "card declined");

        var forged = post(decline, now, sign("not-the-secret", now, decline));
        var stale = post(decline, now - 600, sign(system.webhookSecret(), now - 600, decline));
        var unsigned = ticketing.api.post(WEBHOOKS, null, decline);
        var unknownProvider = ticketing.api.post(
                "/api/v1/payments/webhooks/nobody",
                null,
                decline,
                headers(now, sign(system.webhookSecret(), now, decline)));

        assertRefused(forged, 400, "WEBHOOK_SIGNATURE_INVALID");
        assertRefused(stale, 400, "WEBHOOK_TIMESTAMP_OUT_OF_TOLERANCE");
        assertRefused(unsigned, 400, "WEBHOOK_SIGNATURE_INVALID");
        assertRefused(unknownProvider, 404, "WEBHOOK_PROVIDER_UNKNOWN");

        String approvalId = "evt_" + UUID.randomUUID();
        String approval = message(approvalId, "payment.approved", paymentId, "reference", "sim_by_webhook");
        var approved = post(approval, now, sign(system.webhookSecret(), now, approval));
        long later = now + 1;
        var replayed = post(approval, later, sign(system.webhookSecret(), later, approval));
        String lateDecline = message("evt_" + UUID.randomUUID(), "payment.declined", paymentId, "reason", "too late");
        var declinedAfter = post(lateDecline, later, sign(system.webhookSecret(), later, lateDecline));

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.json().get("duplicate").asBoolean()).isFalse();
        assertThat(replayed.status()).as("%s", replayed).isEqualTo(200);
        assertThat(replayed.json().get("duplicate").asBoolean()).isTrue();
        assertThat(declinedAfter.status()).as("%s", declinedAfter).isEqualTo(200);
        // the forged and stale declines were not applied: the approval, which came after them, counts
        assertThat(ticketing
                        .orderWhen(buyer, orderId, "CONFIRMED")
                        .get("status")
                        .asText())
                .isEqualTo("CONFIRMED");
        JsonNode payment = paymentOf(buyer, orderId);
        assertThat(payment.get("status").asText()).isEqualTo("APPROVED");
        assertThat(payment.get("providerReference").asText()).isEqualTo("sim_by_webhook");
        // this test spoke for the provider, whose own records hold no charge for the card tok_timeout: a validly signed
        // approval that the provider never made (a leaked secret, say) is what the reconciliation with its records
        // finds, and it finds nothing else
        JsonNode report =
                ticketing.eventuallyReconciliation(event, r -> r.get("total").asInt() == 1);
        assertThat(report.get("discrepancies")
                        .get("confirmedOrdersWithoutProviderCharge")
                        .asInt())
                .isEqualTo(1);
        assertThat(report.get("examples")
                        .get("confirmedOrdersWithoutProviderCharge")
                        .get(0)
                        .asText())
                .isEqualTo(orderId);
    }

    private JsonNode paymentOf(Ticketing.User buyer, String orderId) {
        return Ticketing.eventually(
                        "payment of " + orderId + " settled",
                        () -> ticketing.api.get("/api/v1/payments?orderId=" + orderId, buyer.accessToken()),
                        r -> r.status() == 200
                                && !"REQUESTED".equals(r.json().get("status").asText()))
                .json();
    }

    private static String message(String id, String type, String paymentId, String field, String value) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"data\":{\"idempotencyKey\":\"" + paymentId + "\",\""
                + field + "\":\"" + value + "\"}}";
    }

    private Api.Response post(String body, long timestamp, String signature) {
        return ticketing.api.post(WEBHOOKS, null, body, headers(timestamp, signature));
    }

    private static Map<String, String> headers(long timestamp, String signature) {
        return Map.of("Webhook-Timestamp", Long.toString(timestamp), "Webhook-Signature", signature);
    }

    private static void assertRefused(Api.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    /** HMAC-SHA256 over "timestamp.body", as the providers' documentation says, computed here independently. */
    private static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
