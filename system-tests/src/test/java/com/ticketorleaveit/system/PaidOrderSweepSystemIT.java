package com.ticketorleaveit.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The purchase's safety net: a payment the provider approves only after the purchase stopped waiting for it (the card
 * {@code tok_approve_very_late}, approved {@link RunningSystem#VERY_LATE_APPROVAL} after it was asked for, past the
 * hold and the {@link RunningSystem#LATE_PAYMENT_WINDOW}) reaches no purchase any more; the sweep asks the provider
 * again, finds the order paid without tickets, and completes it: tickets while the tier has seats, the money back
 * otherwise.
 */
class PaidOrderSweepSystemIT extends SystemTest {

    /** Approval, the sweep's next ask and its grace, with room for a busy machine. */
    private static final Duration SETTLED_WITHIN =
            RunningSystem.VERY_LATE_APPROVAL.plus(RunningSystem.SWEEP_GRACE).plus(Duration.ofSeconds(45));

    @Test
    void aPaymentApprovedAfterThePurchaseStoppedWaitingStillEndsInTicketsOrItsMoneyBack() throws Exception {
        var organizer = ticketing.anOrganizer();
        var roomy = ticketing.aPublishedEvent(organizer, 5, 2, List.of());
        var scarce = ticketing.aPublishedEvent(organizer, 1, 1, List.of());
        var patient = ticketing.aSignedInCustomer();
        var unlucky = ticketing.aSignedInCustomer();
        var prompt = ticketing.aSignedInCustomer();
        String patientOrder = ticketing.buy(patient, roomy, 2, "tok_approve_very_late");
        String unluckyOrder = ticketing.buy(unlucky, scarce, 1, "tok_approve_very_late");
        ticketing.orderWhen(unlucky, unluckyOrder, "EXPIRED");
        String promptOrder = ticketing.buy(prompt, scarce, 1, "tok_approve");
        assertThat(ticketing.finalOrder(prompt, promptOrder).get("status").asText())
                .isEqualTo("CONFIRMED");

        JsonNode confirmed = ticketing.orderWhen(patient, patientOrder, "CONFIRMED", SETTLED_WITHIN);
        JsonNode refunded = ticketing.orderWhen(unlucky, unluckyOrder, "REFUNDED", SETTLED_WITHIN);

        assertThat(confirmed.get("tickets")).hasSize(2);
        assertThat(paymentOf(patient, patientOrder).get("status").asText()).isEqualTo("APPROVED");
        assertThat(refunded.get("cancellationReason").asText()).isEqualTo("LATE_PAYMENT");
        assertThat(refunded.get("tickets")).isEmpty();
        assertThat(paymentOf(unlucky, unluckyOrder).get("status").asText()).isEqualTo("REFUNDED");
        assertThat(ticketing.refundMail(unlucky).getContent().toString()).contains(unluckyOrder);
        ticketing.eventuallyRemaining(roomy, 3);
        ticketing.eventuallyRemaining(scarce, 0);
        ticketing.eventuallyReconciled(roomy);
        ticketing.eventuallyReconciled(scarce);
    }

    private static JsonNode paymentOf(Ticketing.User buyer, String orderId) {
        return ticketing
                .api
                .get("/api/v1/payments?orderId=" + orderId, buyer.accessToken())
                .json();
    }
}
