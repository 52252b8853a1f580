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
        JsonNode payment = ticketing.api.get("/api/v1/payments?orderId=" + orderId, buyer.accessToken()).json();
        assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
        MimeMessage mail = Ticketing.eventually(
                        "refund mail",
                        () -> system.mailsTo(buyer.email()).stream()
                                .filter(m -> subject(m).contains("refunded"))
                                .toList(),
                        mails -> !mails.isEmpty())
                .get(0);
        assertThat(mail.getContent().toString()).contains(orderId).contains("90.00 EUR");
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
        Ticketing.eventually(
                "one refund mail",
                () -> system.mailsTo(buyer.email()).stream()
                        .filter(m -> subject(m).contains("refunded"))
                        .toList(),
                mails -> mails.size() == 1);
    }

    @Test
    void aRefundTheProviderFailsAtFirstIsRetriedUntilItSucceeds() {
        var event = ticketing.aPublishedEvent(organizer, 10, 4, List.of());
        var buyer = ticketing.aCustomer();
        String orderId = aConfirmedOrder(buyer, event, 1, "tok_refund_fails");

        assertThat(ticketing.cancel(buyer, orderId).status()).isEqualTo(202);

        ticketing.orderWhen(buyer, orderId, "REFUNDED");
        JsonNode payment = ticketing.api.get("/api/v1/payments?orderId=" + orderId, buyer.accessToken()).json();
        assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
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
        assertThat(ticketing.remaining(event)).isEqualTo(9);
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
        assertThat(ticketing.remaining(event)).isEqualTo(9);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
