package com.ticketorleaveit.payments.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.payments.command.PaymentProvider.Outcome;
import com.ticketorleaveit.payments.command.PaymentProvider.RefundOutcome;
import org.junit.jupiter.api.Test;

class SimulatedPaymentProviderTest {

    private static final String KEY = "order-key-1";
    private static final String REFUND_KEY = "refund-1";

    @Test
    void approvesTheApproveCardWithAReferenceDerivedFromTheKey() {
        Outcome first = SimulatedPaymentProvider.decide(KEY, "tok_approve");
        Outcome again = SimulatedPaymentProvider.decide(KEY, "tok_approve");

        assertThat(first).isInstanceOf(Outcome.Approved.class).isEqualTo(again);
        assertThat(((Outcome.Approved) first).reference()).startsWith("sim_");
        assertThat(SimulatedPaymentProvider.decide("another-key", "tok_approve"))
                .isNotEqualTo(first);
    }

    @Test
    void declinesTheDeclineCard() {
        assertThat(SimulatedPaymentProvider.decide(KEY, "tok_decline"))
                .isEqualTo(new Outcome.Declined("card declined"));
    }

    @Test
    void failsTheErrorCardAsAProviderError() {
        assertThat(SimulatedPaymentProvider.decide(KEY, "tok_error")).isEqualTo(new Outcome.Failed("provider error"));
    }

    @Test
    void neverAnswersTheTimeoutCard() {
        assertThat(SimulatedPaymentProvider.decide(KEY, "tok_timeout")).isEqualTo(new Outcome.NoAnswer());
    }

    @Test
    void declinesAnyOtherCardAsUnknown() {
        assertThat(SimulatedPaymentProvider.decide(KEY, "4242424242424242"))
                .isEqualTo(new Outcome.Declined("unknown test card"));
        assertThat(SimulatedPaymentProvider.decide(KEY, null)).isEqualTo(new Outcome.Declined("unknown test card"));
    }

    @Test
    void approvesTheRefundFailsCardLikeTheApproveCard() {
        assertThat(SimulatedPaymentProvider.decide(KEY, "tok_refund_fails"))
                .isEqualTo(SimulatedPaymentProvider.decide(KEY, "tok_approve"));
    }

    @Test
    void failsTheRefundOfTheRefundFailsCardUntilItHasFailedTheConfiguredNumberOfTimes() {
        assertThat(SimulatedPaymentProvider.decideRefund(REFUND_KEY, "tok_refund_fails", 0, 2))
                .isInstanceOf(RefundOutcome.Failed.class);
        assertThat(SimulatedPaymentProvider.decideRefund(REFUND_KEY, "tok_refund_fails", 1, 2))
                .isInstanceOf(RefundOutcome.Failed.class);
        assertThat(SimulatedPaymentProvider.decideRefund(REFUND_KEY, "tok_refund_fails", 2, 2))
                .isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void refundsAnyOtherApprovedCardAtOnceWithAReferenceDerivedFromTheRefundKey() {
        RefundOutcome first = SimulatedPaymentProvider.decideRefund(REFUND_KEY, "tok_approve", 0, 2);

        assertThat(first).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(((RefundOutcome.Refunded) first).reference()).startsWith("simref_");
        assertThat(SimulatedPaymentProvider.decideRefund(REFUND_KEY, null, 0, 2))
                .isEqualTo(first);
        assertThat(SimulatedPaymentProvider.decideRefund("refund-2", "tok_approve", 0, 2))
                .isNotEqualTo(first);
    }
}
