package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A customer cancels a confirmed order and gets the money back, through the gateway, across all deployables. */
class CancellationSystemIT extends SystemTest {

    static Ticketing.User organizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
    }

    private String aConfirmedOrder(Ticketing.User buyer, Ticketing.Event event, int quantity, String card) {
        String orderId = ticketing.buy(buyer, event, quantity, card);
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        return orderId;
    }

    @Test
    void cancellingAConfirmedOrderVoidsItsTicketsPutsTheSeatsBackAndRefundsThePayment() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 2, "tok_approve");
        ticketing.eventuallyRemaining(event, 8);

        var cancelled = ticketing.cancel(buyer, orderId);

        assertThat(cancelled.status()).as("cancel %s", cancelled).isEqualTo(202);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.header("Location")).isEqualTo("/api/v1/orders/" + orderId);
        JsonNode order = ticketing.orderWhen(buyer, orderId, "REFUNDED");
        assertThat(order.get("tickets")).hasSize(2).allSatisfy(ticket -> assertThat(
                        ticket.get("valid").asBoolean())
                .isFalse());
        ticketing.eventuallyRemaining(event, 10);
        JsonNode payment = ticketing
                .api
                .get("/api/v1/payments?orderId=" + orderId, buyer.accessToken())
                .json();
        assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(payment.get("refund").get("amountMinor").asLong()).isEqualTo(9000);
        assertThat(payment.get("refund").get("refundedAt").asText()).isNotBlank();
        MimeMessage mail = ticketing.refundMail(buyer);
        assertThat(mail.getContent().toString()).contains(orderId).contains("90.00 EUR");
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void cancellingTwiceIsOneCancellationAndOneRefund() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 1, "tok_approve");

        var first = ticketing.cancel(buyer, orderId);
        var second = ticketing.cancel(buyer, orderId);
        ticketing.orderWhen(buyer, orderId, "REFUNDED");
        var afterRefund = ticketing.cancel(buyer, orderId);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(afterRefund.status()).isEqualTo(202);
        assertThat(afterRefund.json().get("status").asText()).isEqualTo("REFUNDED");
        ticketing.eventuallyRemaining(event, 10);
        ticketing.mailsAbout(buyer, "refunded", mails -> mails.size() == 1);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void aRefundTheProviderFailsAtFirstIsRetriedUntilItSucceeds() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 1, "tok_refund_fails");

        assertThat(ticketing.cancel(buyer, orderId).status()).isEqualTo(202);

        ticketing.orderWhen(buyer, orderId, "REFUNDED");
        JsonNode payment = ticketing
                .api
                .get("/api/v1/payments?orderId=" + orderId, buyer.accessToken())
                .json();
        assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
        // the simulated provider fails this card's first two refunds
        assertThat(payment.get("refund").get("attempts").asInt()).isEqualTo(3);
        assertThat(payment.get("refund").get("amountMinor").asLong()).isEqualTo(4500);
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void anOrderCannotBeCancelledOnceTheEventIsCloserThanTheCutOff() {
        var event = ticketing.aPublishedEventStartingIn(Duration.ofHours(24), organizer, 10, 4);
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 1, "tok_approve");

        var refused = ticketing.cancel(buyer, orderId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("CANCELLATION_CLOSED");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        ticketing.eventuallyRemaining(event, 9);
    }

    @Test
    void anOrderThatIsNotConfirmedCannotBeCancelled() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = ticketing.buy(buyer, event, 1, "tok_decline");
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("PAYMENT_FAILED");

        var refused = ticketing.cancel(buyer, orderId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("ORDER_NOT_CANCELLABLE");
    }

    @Test
    void someoneElsesOrderAndAnUnknownOrderAreNotFoundAndStayAsTheyWere() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 1, "tok_approve");
        var stranger = ticketing.aCustomer();

        var foreign = ticketing.cancel(stranger, orderId);
        var unknown = ticketing.cancel(buyer, UUID.randomUUID().toString());
        var malformed = ticketing.cancel(buyer, "not-an-order");

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("code").asText()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(ticketing.finalOrder(buyer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        ticketing.eventuallyRemaining(event, 9);
    }

    @Test
    void aCustomerListsTheirOwnOrdersAndPaymentsNewestFirst() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String first = aConfirmedOrder(buyer, event, 1, "tok_approve");
        String second = aConfirmedOrder(buyer, event, 2, "tok_approve");
        ticketing.cancel(buyer, first);
        ticketing.orderWhen(buyer, first, "REFUNDED");
        var stranger = ticketing.aCustomer();

        JsonNode orders =
                ticketing.api.get("/api/v1/orders", buyer.accessToken()).json();
        JsonNode refunded = ticketing
                .api
                .get("/api/v1/orders?status=REFUNDED", buyer.accessToken())
                .json();
        JsonNode payments =
                ticketing.api.get("/api/v1/payments", buyer.accessToken()).json();
        JsonNode strangers =
                ticketing.api.get("/api/v1/orders", stranger.accessToken()).json();

        assertThat(orders.get("total").asInt()).isEqualTo(2);
        assertThat(orders.get("items").get(0).get("id").asText()).isEqualTo(second);
        assertThat(orders.get("items").get(0).get("tickets")).hasSize(2);
        assertThat(orders.get("items").get(1).get("id").asText()).isEqualTo(first);
        assertThat(refunded.get("items")).hasSize(1);
        assertThat(refunded.get("items").get(0).get("id").asText()).isEqualTo(first);
        assertThat(payments.get("total").asInt()).isEqualTo(2);
        assertThat(payments.get("items").get(0).get("orderId").asText()).isEqualTo(second);
        assertThat(payments.get("items").get(1).get("status").asText()).isEqualTo("REFUNDED");
        assertThat(strangers.get("total").asInt()).isZero();
        assertThat(ticketing
                        .api
                        .get("/api/v1/orders?status=LOST", buyer.accessToken())
                        .status())
                .isEqualTo(400);
    }
}
