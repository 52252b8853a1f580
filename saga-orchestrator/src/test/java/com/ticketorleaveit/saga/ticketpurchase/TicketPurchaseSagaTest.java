package com.ticketorleaveit.saga.ticketpurchase;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.Message;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TicketPurchaseSagaTest {

    private static final Duration HOLD = Duration.ofMinutes(10);
    private static final Duration LATE_PAYMENT_WINDOW = Duration.ofDays(1);
    private static final Duration LATE_PAYMENT_CHECK = Duration.ofMinutes(5);
    private static final OrderId ORDER = OrderId.random();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER.value());
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID TIER = UUID.randomUUID();
    private static final int QUANTITY = 2;
    private static final String HOLDER = "Bob Buyer";
    private static final long AMOUNT = QUANTITY * 2500;

    private SagaTestFixture<TicketPurchaseSaga> fixture;
    private OrderAnswers order;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TicketPurchaseSaga.class);
        fixture.registerResource(new PurchaseProperties(HOLD, LATE_PAYMENT_WINDOW, LATE_PAYMENT_CHECK));
        fixture.registerResource((HolderNames) orderId -> java.util.Optional.of(HOLDER));
        order = new OrderAnswers();
        fixture.setCallbackBehavior(order);
    }

    private static OrderReserved twoSeatsReserved() {
        return new OrderReserved(ORDER, AMOUNT, "EUR", CUSTOMER, TIER, QUANTITY, "tok_approve");
    }

    private static OrderReserved twoFreeSeatsReserved() {
        return new OrderReserved(ORDER, 0, "EUR", CUSTOMER, TIER, QUANTITY, "tok_approve");
    }

    private static RequestPayment paymentOfTheOrder() {
        return new RequestPayment(PAYMENT, ORDER.value(), CUSTOMER, AMOUNT, "EUR", "tok_approve", PAYMENT.toString());
    }

    private static PaymentApproved paymentApproved() {
        return new PaymentApproved(PAYMENT, ORDER.value(), AMOUNT, "EUR", "sim_ref");
    }

    private static PaymentDeclined paymentDeclined() {
        return new PaymentDeclined(PAYMENT, ORDER.value(), "card declined");
    }

    /** Confirms the order with as many distinct, unguessable codes as seats, and nothing else. */
    private static Matcher<List<Message<?>>> confirmedWithFreshCodes() {
        return payloadsMatching(Matchers.<Object>exactSequenceOf(freshConfirmation(), andNoMore()));
    }

    /** Asks the provider about the payment, then confirms the order with fresh codes, and nothing else. */
    private static Matcher<List<Message<?>>> checkedThenConfirmedWithFreshCodes() {
        return payloadsMatching(Matchers.<Object>exactSequenceOf(
                Matchers.<Object>equalTo(new CheckPayment(PAYMENT)), freshConfirmation(), andNoMore()));
    }

    private static Matcher<Object> freshConfirmation() {
        return predicate((Object command) -> command instanceof ConfirmOrder confirm
                && confirm.orderId().equals(ORDER)
                && confirm.tierId().equals(TIER)
                && confirm.ticketCodes().size() == QUANTITY
                && new HashSet<>(confirm.ticketCodes()).size() == QUANTITY
                && confirm.ticketCodes().stream().allMatch(code -> code.length() == 26)
                && HOLDER.equals(confirm.holderName()));
    }

    /** Only status checks of the payment. */
    private static Matcher<List<Message<?>>> onlyPaymentChecks() {
        return payloadsMatching(Matchers.<Object>listWithAllOf(
                predicate((Object command) -> command.equals(new CheckPayment(PAYMENT)))));
    }

    @Nested
    class OrderReservedStep {

        @Test
        void startsTheHoldAndRequestsThePayment() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(twoSeatsReserved())
                    .expectActiveSagas(1)
                    .expectAssociationWith("orderId", ORDER)
                    .expectScheduledDeadlineWithName(HOLD, TicketPurchaseSaga.HOLD_EXPIRY)
                    .expectDispatchedCommands(paymentOfTheOrder());
        }

        @Test
        void doesNotRequestThePaymentTwiceWhenTheReservationIsRedelivered() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenPublishingA(twoSeatsReserved())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(HOLD, TicketPurchaseSaga.HOLD_EXPIRY);
        }

        @Test
        void confirmsAFreeOrderWithoutAPaymentAndEnds() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(twoFreeSeatsReserved())
                    .expectDispatchedCommandsMatching(confirmedWithFreshCodes())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }
    }

    @Nested
    class PaymentApprovedStep {

        @Test
        void confirmsTheOrderWithUnguessableCodesAndEnds() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommandsMatching(confirmedWithFreshCodes())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void endsWhenTheOrderCouldNotTakeThePaymentAndWasCancelledForARefund() {
            order.answer(ConfirmOrder.class, OrderStatus.CANCELLED);

            fixture.givenAPublished(twoSeatsReserved())
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommandsMatching(confirmedWithFreshCodes())
                    .expectActiveSagas(0);
        }

        @Test
        void anApprovalAfterTheSagaEndedDispatchesNothing() {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenPublishingA(paymentApproved())
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class PaymentUnsuccessfulStep {

        @Test
        void failsTheOrderWhenThePaymentIsDeclined() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenPublishingA(paymentDeclined())
                    .expectDispatchedCommands(new FailOrderPayment(ORDER, TIER, "card declined"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void failsTheOrderWhenTheProviderFails() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenPublishingA(new PaymentFailed(PAYMENT, ORDER.value(), "provider error"))
                    .expectDispatchedCommands(new FailOrderPayment(ORDER, TIER, "provider error"))
                    .expectActiveSagas(0);
        }

        @Test
        void aDeclineAfterTheApprovalChangesNothing() {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenPublishingA(paymentDeclined())
                    .expectNoDispatchedCommands();
        }
    }

    @Nested
    class HoldExpiry {

        @Test
        void asksTheProviderOnceMoreThenExpiresTheOrderAndWaitsForALatePayment() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommands(new CheckPayment(PAYMENT), new ExpireOrder(ORDER, TIER))
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(LATE_PAYMENT_WINDOW, TicketPurchaseSaga.LATE_PAYMENT_WINDOW)
                    .expectScheduledDeadlineWithName(LATE_PAYMENT_CHECK, TicketPurchaseSaga.LATE_PAYMENT_CHECK);
        }

        @Test
        void confirmsTheOrderWhenTheProviderApprovedThePaymentByTheEndOfTheHold() {
            order.answer(CheckPayment.class, PaymentStatus.APPROVED);

            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommandsMatching(checkedThenConfirmedWithFreshCodes())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void failsTheOrderWhenTheProviderDeclinedThePaymentByTheEndOfTheHold() {
            order.answer(CheckPayment.class, PaymentStatus.DECLINED);

            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommands(
                            new CheckPayment(PAYMENT), new FailOrderPayment(ORDER, TIER, "payment declined"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void expiresTheOrderWhenTheProviderCannotBeAsked() {
            order.failing(CheckPayment.class);

            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommands(new CheckPayment(PAYMENT), new ExpireOrder(ORDER, TIER))
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(LATE_PAYMENT_CHECK, TicketPurchaseSaga.LATE_PAYMENT_CHECK);
        }

        @Test
        void asksAgainAboutAnUnansweredPaymentEveryIntervalOfTheWindow() throws Exception {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD)
                    .whenTimeElapses(LATE_PAYMENT_CHECK)
                    .expectDispatchedCommands(new CheckPayment(PAYMENT))
                    .expectActiveSagas(1)
                    .expectScheduledDeadlineWithName(LATE_PAYMENT_CHECK, TicketPurchaseSaga.LATE_PAYMENT_CHECK);
        }

        @Test
        void aLateApprovalFoundByAskingAgainConfirmsTheOrderSoItTakesSeatsAgainOrIsRefunded() throws Exception {
            fixture.givenAPublished(twoSeatsReserved()).andThenTimeElapses(HOLD).andThenTimeElapses(LATE_PAYMENT_CHECK);
            order.answer(CheckPayment.class, PaymentStatus.APPROVED);

            fixture.whenTimeElapses(LATE_PAYMENT_CHECK)
                    .expectDispatchedCommandsMatching(checkedThenConfirmedWithFreshCodes())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aDeclineFoundByAskingAgainEndsWithNothingToDo() throws Exception {
            fixture.givenAPublished(twoSeatsReserved()).andThenTimeElapses(HOLD);
            order.answer(CheckPayment.class, PaymentStatus.DECLINED);

            fixture.whenTimeElapses(LATE_PAYMENT_CHECK)
                    .expectDispatchedCommands(new CheckPayment(PAYMENT))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void endsWhenNoPaymentCameWithinTheLatePaymentWindow() throws Exception {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD)
                    .whenTimeElapses(LATE_PAYMENT_WINDOW)
                    .expectDispatchedCommandsMatching(onlyPaymentChecks())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void keepsTheHoldWhileItLasts() {
            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD.minusSeconds(1))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void endsWhenTheOrderWasConfirmedMeanwhileElsewhere() {
            order.answer(ExpireOrder.class, OrderStatus.CONFIRMED);

            fixture.givenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD)
                    .expectDispatchedCommands(new CheckPayment(PAYMENT), new ExpireOrder(ORDER, TIER))
                    .expectActiveSagas(0);
        }

        @Test
        void aPaymentApprovedAfterTheExpiryConfirmsTheOrderSoItTakesSeatsAgainOrIsRefunded() throws Exception {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD)
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommandsMatching(confirmedWithFreshCodes())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aPaymentDeclinedAfterTheExpiryEndsWithNothingToDo() throws Exception {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD)
                    .whenPublishingA(paymentDeclined())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0);
        }

        @Test
        void noHoldRunsOutOnceThePaymentWasApproved() {
            fixture.givenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenTimeElapses(HOLD.plusMinutes(1))
                    .expectNoDispatchedCommands()
                    .expectDeadlinesMet();
        }
    }
}
