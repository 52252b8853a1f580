package com.ticketorleaveit.payments.command;

import com.ticketorleaveit.payments.api.ApprovePayment;
import com.ticketorleaveit.payments.api.DeclinePayment;
import com.ticketorleaveit.payments.api.FailPayment;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentErrors;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentRequested;
import com.ticketorleaveit.payments.api.RequestPayment;
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
}
