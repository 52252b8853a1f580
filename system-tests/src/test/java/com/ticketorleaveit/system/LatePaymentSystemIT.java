package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A payment the provider approves only after the order's hold ran out ({@code tok_approve_late}, approved
 * {@link RunningSystem#LATE_APPROVAL} after it was asked for, found by asking the provider again every
 * {@link RunningSystem#LATE_PAYMENT_CHECK}): nobody pays without getting tickets.
 */
class LatePaymentSystemIT extends SystemTest {

    static Ticketing.User organizer;

    @BeforeAll
    static void prepare() {
        organizer = ticketing.anOrganizer();
    }

    @Test
    void aPaymentApprovedAfterTheHoldTakesSeatsAgainWhileTheTierHasThem() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var buyer = ticketing.aSignedInCustomer();
        String orderId = ticketing.buy(buyer, event, 2, "tok_approve_late");

        ticketing.orderWhen(buyer, orderId, "EXPIRED");
        JsonNode order = ticketing.orderWhen(buyer, orderId, "CONFIRMED");

        assertThat(order.get("tickets")).hasSize(2);
        JsonNode payment = ticketing
                .api
                .get("/api/v1/payments?orderId=" + orderId, buyer.accessToken())
                .json();
        assertThat(payment.get("status").asText()).isEqualTo("APPROVED");
        ticketing.eventuallyRemaining(event, 3);
        List<String> subjects = Ticketing.eventually(
                "expiry and confirmation mails",
                () -> system.mailsTo(buyer.email()).stream()
                        .map(Ticketing::subject)
                        .toList(),
                mails -> mails.size() >= 2);
        assertThat(subjects).containsExactlyInAnyOrder("Your order has expired", "Your tickets are confirmed");
        ticketing.eventuallyReconciled(event);
    }

    @Test
    void aPaymentApprovedAfterItsSeatsWereSoldIsRefundedAndTheBuyerToldWhy() throws Exception {
        var event = ticketing.aPublishedEvent(organizer, 1, 1, List.of());
        var late = ticketing.aSignedInCustomer();
        String lateOrder = ticketing.buy(late, event, 1, "tok_approve_late");
        ticketing.orderWhen(late, lateOrder, "EXPIRED");
        var prompt = ticketing.aSignedInCustomer();
        String promptOrder = ticketing.buy(prompt, event, 1, "tok_approve");

        JsonNode refunded = ticketing.orderWhen(late, lateOrder, "REFUNDED");

        assertThat(ticketing.finalOrder(prompt, promptOrder).get("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(refunded.get("cancellationReason").asText()).isEqualTo("LATE_PAYMENT");
        assertThat(refunded.get("tickets")).isEmpty();
        JsonNode payment = ticketing
                .api
                .get("/api/v1/payments?orderId=" + lateOrder, late.accessToken())
                .json();
        assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
        MimeMessage mail = ticketing.refundMail(late);
        assertThat(mail.getContent().toString()).contains(lateOrder).contains("after the seats we held");
        ticketing.eventuallyRemaining(event, 0);
        ticketing.eventuallyReconciled(event);
    }
}
