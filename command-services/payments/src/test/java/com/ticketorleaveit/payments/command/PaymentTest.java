package com.ticketorleaveit.payments.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRefundRequested;
import com.ticketorleaveit.payments.api.PaymentRefunded;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RecordRefund;
import com.ticketorleaveit.payments.api.RecordRefundFailure;
import com.ticketorleaveit.payments.api.RefundAttemptFailed;
import com.ticketorleaveit.payments.api.RefundPayment;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.payments.api.RetryRefund;
import com.ticketorleaveit.platform.refusal.Refusal;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER);

    private AggregateTestFixture<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    static RequestPayment aPaymentRequestOf(long amountMinor) {
        return new RequestPayment(PAYMENT, ORDER, CUSTOMER, amountMinor, "EUR", "tok_approve", PAYMENT.toString());
    }

    static PaymentRequested paymentRequested() {
        return new PaymentRequested(PAYMENT, ORDER, CUSTOMER, 5000, "EUR", "tok_approve", PAYMENT.toString());
    }

    static PaymentApproved paymentApproved() {
        return new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_ref");
    }

    static PaymentRefundRequested refundRequested(int attempt) {
        return new PaymentRefundRequested(
                PAYMENT, ORDER, 5000, "EUR", PAYMENT.toString(), "refund-" + PAYMENT, attempt, "order cancelled");
    }

    static RefundAttemptFailed refundAttemptFailed(int attempt) {
        return new RefundAttemptFailed(PAYMENT, ORDER, attempt, "provider error");
    }

    static PaymentRefunded paymentRefunded() {
        return new PaymentRefunded(PAYMENT, ORDER, 5000, "EUR", "simref_1");
    }

    @Nested
    class RequestPaymentCommand {

        @Test
        void requestsPaymentOfTheOrder() {
            fixture.givenNoPriorActivity()
                    .when(aPaymentRequestOf(5000))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(paymentRequested());
        }

        @Test
        void requestingAgainChangesNothing() {
            fixture.given(paymentRequested()).when(aPaymentRequestOf(5000)).expectNoEvents();
        }

        @Test
        void rejectsANonPositiveAmount() {
            fixture.givenNoPriorActivity()
                    .when(aPaymentRequestOf(0))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(
                            new Refusal(Refusal.Category.RULE_VIOLATION, PaymentErrors.INVALID_PAYMENT_AMOUNT));
        }
    }

    @Nested
    class ApprovePaymentCommand {

        @Test
        void approvesARequestedPayment() {
            fixture.given(paymentRequested())
                    .when(new ApprovePayment(PAYMENT, "sim_ref"))
                    .expectEvents(new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_ref"));
        }

        @Test
        void neverApprovesTwice() {
            fixture.given(paymentRequested(), new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_ref"))
                    .when(new ApprovePayment(PAYMENT, "sim_ref"))
                    .expectNoEvents();
        }

        @Test
        void doesNotApproveADeclinedPayment() {
            fixture.given(paymentRequested(), new PaymentDeclined(PAYMENT, ORDER, "card declined"))
                    .when(new ApprovePayment(PAYMENT, "sim_ref"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DeclinePaymentCommand {

        @Test
        void declinesARequestedPayment() {
            fixture.given(paymentRequested())
                    .when(new DeclinePayment(PAYMENT, "card declined"))
                    .expectEvents(new PaymentDeclined(PAYMENT, ORDER, "card declined"));
        }

        @Test
        void doesNotDeclineAnApprovedPayment() {
            fixture.given(paymentRequested(), new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_ref"))
                    .when(new DeclinePayment(PAYMENT, "card declined"))
                    .expectNoEvents();
        }
    }

    @Nested
    class FailPaymentCommand {

        @Test
        void failsARequestedPayment() {
            fixture.given(paymentRequested())
                    .when(new FailPayment(PAYMENT, "provider error"))
                    .expectEvents(new PaymentFailed(PAYMENT, ORDER, "provider error"));
        }

        @Test
        void doesNotFailAnApprovedPayment() {
            fixture.given(paymentRequested(), new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_ref"))
                    .when(new FailPayment(PAYMENT, "provider error"))
                    .expectNoEvents();
        }
    }

    @Nested
    class CheckPaymentCommand {

        /** A provider that answers the status it was given, and counts how often it was asked. */
        private final ScriptedProvider provider = new ScriptedProvider();

        @BeforeEach
        void provider() {
            fixture.registerInjectableResource(provider);
        }

        @Test
        void recordsAnApprovalTheProviderHasMeanwhile() {
            provider.answer = new PaymentProvider.Outcome.Approved("sim_late");

            fixture.given(paymentRequested())
                    .when(new CheckPayment(PAYMENT))
                    .expectEvents(new PaymentApproved(PAYMENT, ORDER, 5000, "EUR", "sim_late"))
                    .expectResultMessagePayload(PaymentStatus.APPROVED);
        }

        @Test
        void recordsADeclineOrAFailureTheProviderHasMeanwhile() {
            provider.answer = new PaymentProvider.Outcome.Declined("card declined");
            fixture.given(paymentRequested())
                    .when(new CheckPayment(PAYMENT))
                    .expectEvents(new PaymentDeclined(PAYMENT, ORDER, "card declined"))
                    .expectResultMessagePayload(PaymentStatus.DECLINED);

            provider.answer = new PaymentProvider.Outcome.Failed("provider error");
            fixture.given(paymentRequested())
                    .when(new CheckPayment(PAYMENT))
                    .expectEvents(new PaymentFailed(PAYMENT, ORDER, "provider error"))
                    .expectResultMessagePayload(PaymentStatus.FAILED);
        }

        @Test
        void staysRequestedWhileTheProviderHasNoAnswer() {
            provider.answer = new PaymentProvider.Outcome.NoAnswer();

            fixture.given(paymentRequested())
                    .when(new CheckPayment(PAYMENT))
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentStatus.REQUESTED);
        }

        @Test
        void doesNotAskAboutADecidedPayment() {
            provider.answer = new PaymentProvider.Outcome.Declined("never asked");

            fixture.given(paymentRequested(), paymentApproved())
                    .when(new CheckPayment(PAYMENT))
                    .expectNoEvents()
                    .expectResultMessagePayload(PaymentStatus.APPROVED);
            assertThat(provider.asked).isZero();
        }
    }

    /** Answers every status question with {@link #answer}. */
    static final class ScriptedProvider implements PaymentProvider {

        PaymentProvider.Outcome answer;
        int asked;

        @Override
        public Outcome authorize(String idempotencyKey, long amountMinor, String currency, String paymentToken) {
            throw new UnsupportedOperationException("a payment never charges from its aggregate");
        }

        @Override
        public Outcome status(String idempotencyKey) {
            asked++;
            assertThat(idempotencyKey).isEqualTo(PAYMENT.toString());
            return answer;
        }

        @Override
        public RefundOutcome refund(String refundKey, String paymentIdempotencyKey, long amountMinor, String currency) {
            throw new UnsupportedOperationException("a payment never refunds from its aggregate");
        }
    }

    @Nested
    class RefundPaymentCommand {

        @Test
        void refundsAnApprovedPaymentWithTheKeyItWasChargedWith() {
            fixture.given(paymentRequested(), paymentApproved())
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectEvents(refundRequested(1));
        }

        @Test
        void refundsAnApprovedPaymentOnce() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1))
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void askingAgainAfterAFailedAttemptStartsNoNewAttempt() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), refundAttemptFailed(1))
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void askingAgainAfterTheRefundChangesNothing() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), paymentRefunded())
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToRefundADeclinedPayment() {
            fixture.given(paymentRequested(), new PaymentDeclined(PAYMENT, ORDER, "card declined"))
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(
                            new Refusal(Refusal.Category.CONFLICT, PaymentErrors.PAYMENT_NOT_REFUNDABLE));
        }

        @Test
        void refusesToRefundAFailedPayment() {
            fixture.given(paymentRequested(), new PaymentFailed(PAYMENT, ORDER, "provider error"))
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(
                            new Refusal(Refusal.Category.CONFLICT, PaymentErrors.PAYMENT_NOT_REFUNDABLE));
        }

        @Test
        void refusesToRefundAPaymentNotApprovedYet() {
            fixture.given(paymentRequested())
                    .when(new RefundPayment(PAYMENT, "order cancelled"))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(
                            new Refusal(Refusal.Category.CONFLICT, PaymentErrors.PAYMENT_NOT_REFUNDABLE));
        }
    }

    @Nested
    class RetryRefundCommand {

        @Test
        void retriesAfterAFailedAttemptWithTheSameRefundKey() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), refundAttemptFailed(1))
                    .when(new RetryRefund(PAYMENT, 1))
                    .expectEvents(refundRequested(2));
        }

        @Test
        void retriesOnlyOncePerFailedAttempt() {
            fixture.given(
                            paymentRequested(),
                            paymentApproved(),
                            refundRequested(1),
                            refundAttemptFailed(1),
                            refundRequested(2))
                    .when(new RetryRefund(PAYMENT, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresAStaleRetry() {
            fixture.given(
                            paymentRequested(),
                            paymentApproved(),
                            refundRequested(1),
                            refundAttemptFailed(1),
                            refundRequested(2),
                            refundAttemptFailed(2))
                    .when(new RetryRefund(PAYMENT, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotRetryAnAttemptThatHasNotFailed() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1))
                    .when(new RetryRefund(PAYMENT, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotRetryARefundedPayment() {
            fixture.given(
                            paymentRequested(),
                            paymentApproved(),
                            refundRequested(1),
                            refundAttemptFailed(1),
                            paymentRefunded())
                    .when(new RetryRefund(PAYMENT, 1))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordRefundCommand {

        @Test
        void recordsTheMoneyBackWithTheProvidersReference() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1))
                    .when(new RecordRefund(PAYMENT, "simref_1"))
                    .expectEvents(paymentRefunded());
        }

        @Test
        void recordsASuccessOfAnEarlierAttemptToo() {
            fixture.given(
                            paymentRequested(),
                            paymentApproved(),
                            refundRequested(1),
                            refundAttemptFailed(1),
                            refundRequested(2))
                    .when(new RecordRefund(PAYMENT, "simref_1"))
                    .expectEvents(paymentRefunded());
        }

        @Test
        void neverRecordsTheRefundTwice() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), paymentRefunded())
                    .when(new RecordRefund(PAYMENT, "simref_1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void doesNotRefundAPaymentWhoseRefundWasNeverRequested() {
            fixture.given(paymentRequested(), paymentApproved())
                    .when(new RecordRefund(PAYMENT, "simref_1"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordRefundFailureCommand {

        @Test
        void recordsTheFailureOfTheCurrentAttempt() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1))
                    .when(new RecordRefundFailure(PAYMENT, 1, "provider error"))
                    .expectEvents(refundAttemptFailed(1));
        }

        @Test
        void recordsAFailedAttemptOnce() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), refundAttemptFailed(1))
                    .when(new RecordRefundFailure(PAYMENT, 1, "provider error"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresTheFailureOfAnEarlierAttempt() {
            fixture.given(
                            paymentRequested(),
                            paymentApproved(),
                            refundRequested(1),
                            refundAttemptFailed(1),
                            refundRequested(2))
                    .when(new RecordRefundFailure(PAYMENT, 1, "provider error"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresAFailureAfterTheRefund() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), paymentRefunded())
                    .when(new RecordRefundFailure(PAYMENT, 1, "provider error"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class OutcomesDuringARefund {

        @Test
        void aLateApprovalDoesNotUndoTheRefund() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1))
                    .when(new ApprovePayment(PAYMENT, "sim_ref"))
                    .expectNoEvents();
        }

        @Test
        void aLateDeclineDoesNotEndARefundedPayment() {
            fixture.given(paymentRequested(), paymentApproved(), refundRequested(1), paymentRefunded())
                    .when(new DeclinePayment(PAYMENT, "card declined"))
                    .expectNoEvents();
        }
    }
}
