package com.ticketorleaveit.saga.ticketpurchase;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.equalTo;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.ticketorleaveit.notifications.api.NotificationId;
import com.ticketorleaveit.notifications.api.NotificationKind;
import com.ticketorleaveit.notifications.api.RequestNotification;
import com.ticketorleaveit.payments.api.PaymentApproved;
import com.ticketorleaveit.payments.api.PaymentDeclined;
import com.ticketorleaveit.payments.api.PaymentFailed;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.RequestPayment;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderPaid;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.RejectOrder;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.ReleaseSeats;
import com.ticketorleaveit.tickets.api.ReserveSeats;
import com.ticketorleaveit.tickets.api.SeatReservationRejected;
import com.ticketorleaveit.tickets.api.SeatsReserved;
import com.ticketorleaveit.tickets.api.SellSeats;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private static final OrderId ORDER = OrderId.random();
    private static final PaymentId PAYMENT = PaymentId.forOrder(ORDER.value());
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final String EMAIL = "ada@example.org";
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID TIER = UUID.randomUUID();
    private static final int QUANTITY = 2;
    private static final long UNIT_PRICE = 2500;
    private static final long AMOUNT = QUANTITY * UNIT_PRICE;

    private SagaTestFixture<TicketPurchaseSaga> fixture;
    private OrderAnswers order;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(TicketPurchaseSaga.class);
        fixture.registerResource(new PurchaseProperties(HOLD));
        order = new OrderAnswers();
        fixture.setCallbackBehavior(order);
    }

    private static OrderPlaced anOrderOfTwoSeats() {
        return new OrderPlaced(ORDER, CUSTOMER, EMAIL, EVENT, TIER, QUANTITY, "tok_approve", "client-key-1");
    }

    private static SeatsReserved twoSeatsReserved() {
        return new SeatsReserved(TIER, EVENT, ORDER, QUANTITY, UNIT_PRICE, "EUR", 98);
    }

    private static SeatsReserved twoFreeSeatsReserved() {
        return new SeatsReserved(TIER, EVENT, ORDER, QUANTITY, 0, "EUR", 98);
    }

    private static RequestPayment paymentOfTheOrder() {
        return new RequestPayment(PAYMENT, ORDER.value(), CUSTOMER, AMOUNT, "EUR", "tok_approve", PAYMENT.toString());
    }

    private static PaymentApproved paymentApproved() {
        return new PaymentApproved(PAYMENT, ORDER.value(), AMOUNT, "EUR", "sim_ref");
    }

    private static OrderConfirmed orderConfirmed() {
        return new OrderConfirmed(
                ORDER, CUSTOMER, EMAIL, EVENT, TIER, QUANTITY, AMOUNT, "EUR", List.of("CODEONE", "CODETWO"));
    }

    private static RequestNotification notificationOf(NotificationKind kind, Map<String, String> parameters) {
        return new RequestNotification(
                NotificationId.of(ORDER.value(), kind), CUSTOMER, EMAIL, kind, ORDER.value(), parameters);
    }

    /** Marks the order paid, sells its seats and confirms it with as many unguessable codes as seats, nothing else. */
    private static Matcher<List<Message<?>>> paidSoldAndConfirmed() {
        return payloadsMatching(Matchers.<Object>exactSequenceOf(
                equalTo(new MarkOrderPaid(ORDER)),
                equalTo(new SellSeats(TIER, ORDER)),
                predicate((Object command) -> command instanceof ConfirmOrder confirm
                        && confirm.orderId().equals(ORDER)
                        && confirm.ticketCodes().size() == QUANTITY
                        && new HashSet<>(confirm.ticketCodes()).size() == QUANTITY
                        && confirm.ticketCodes().stream().allMatch(code -> code.length() == 26)),
                andNoMore()));
    }

    @Nested
    class OrderPlacedStep {

        @Test
        void startsTheHoldAndReservesSeatsWhenAnOrderIsPlaced() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(anOrderOfTwoSeats())
                    .expectActiveSagas(1)
                    .expectAssociationWith("orderId", ORDER)
                    .expectAssociationWith("paymentId", PAYMENT)
                    .expectScheduledDeadlineWithName(HOLD, TicketPurchaseSaga.HOLD_EXPIRY)
                    .expectDispatchedCommands(new ReserveSeats(TIER, ORDER, QUANTITY));
        }

        @Test
        void doesNotReserveTwiceWhenTheOrderIsRedelivered() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(anOrderOfTwoSeats())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }

        @Test
        void rejectsTheOrderWhenTheTierIsSoldOut() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(
                            new SeatReservationRejected(TIER, EVENT, ORDER, QUANTITY, RejectionReason.SOLD_OUT))
                    .expectDispatchedCommands(new RejectOrder(ORDER, RejectionReason.SOLD_OUT))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void rejectsTheOrderWhenItAsksForMoreThanTheOrderLimit() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(
                            new SeatReservationRejected(TIER, EVENT, ORDER, QUANTITY, RejectionReason.OVER_ORDER_LIMIT))
                    .expectDispatchedCommands(new RejectOrder(ORDER, RejectionReason.OVER_ORDER_LIMIT));
        }

        @Test
        void notifiesTheCustomerAndEndsWhenTheOrderIsRejected() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(
                            new SeatReservationRejected(TIER, EVENT, ORDER, QUANTITY, RejectionReason.SOLD_OUT))
                    .whenPublishingA(new OrderRejected(ORDER, CUSTOMER, EMAIL, RejectionReason.SOLD_OUT))
                    .expectDispatchedCommands(
                            notificationOf(NotificationKind.ORDER_REJECTED, Map.of("reason", "SOLD_OUT")))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class SeatsReservedStep {

        @Test
        void marksTheOrderReservedAndRequestsThePaymentWhileTheHoldRuns() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(twoSeatsReserved())
                    .expectDispatchedCommands(new MarkOrderReserved(ORDER, AMOUNT, "EUR"), paymentOfTheOrder())
                    .expectScheduledDeadlineWithName(HOLD, TicketPurchaseSaga.HOLD_EXPIRY);
        }

        @Test
        void doesNotRequestPaymentTwiceWhenSeatsReservedIsRedelivered() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(twoSeatsReserved())
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(HOLD, TicketPurchaseSaga.HOLD_EXPIRY);
        }

        @Test
        void doesNotRequestPaymentForAnOrderThatExpiredMeanwhile() {
            order.answer(MarkOrderReserved.class, OrderStatus.EXPIRED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(twoSeatsReserved())
                    .expectDispatchedCommands(new MarkOrderReserved(ORDER, AMOUNT, "EUR"));
        }

        @Test
        void confirmsAFreeOrderWithoutAPayment() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(twoFreeSeatsReserved())
                    .expectDispatchedCommandsMatching(payloadsMatching(Matchers.<Object>exactSequenceOf(
                            equalTo(new MarkOrderReserved(ORDER, 0, "EUR")),
                            equalTo(new MarkOrderPaid(ORDER)),
                            equalTo(new SellSeats(TIER, ORDER)),
                            predicate((Object command) -> command instanceof ConfirmOrder confirm
                                    && confirm.ticketCodes().size() == QUANTITY),
                            andNoMore())))
                    .expectNoScheduledDeadlines()
                    .expectActiveSagas(1);
        }

        @Test
        void sellsNothingForAFreeOrderThatExpiredBeforeItWasPaid() {
            order.refuse(MarkOrderPaid.class, TicketErrors.ORDER_ALREADY_ENDED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(twoFreeSeatsReserved())
                    .expectDispatchedCommands(new MarkOrderReserved(ORDER, 0, "EUR"), new MarkOrderPaid(ORDER));
        }
    }

    @Nested
    class PaymentApprovedStep {

        @Test
        void marksTheOrderPaidThenSellsSeatsAndConfirmsItWithUnguessableCodes() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommandsMatching(paidSoldAndConfirmed())
                    .expectNoScheduledDeadlines()
                    .expectActiveSagas(1);
        }

        @Test
        void sellsNothingWhenTheOrderEndedBeforeThePaymentArrived() {
            order.refuse(MarkOrderPaid.class, TicketErrors.ORDER_ALREADY_ENDED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommands(new MarkOrderPaid(ORDER))
                    .expectNoScheduledDeadlines()
                    .expectActiveSagas(1);
        }

        @Test
        void asksTheOrderEvenAfterTheHoldExpiredHere() throws Exception {
            order.refuse(MarkOrderPaid.class, TicketErrors.ORDER_ALREADY_ENDED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD.plusSeconds(1))
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommands(new MarkOrderPaid(ORDER));
        }

        @Test
        void completesThePurchaseWhenTheApprovalOvertakesTheReservation() {
            // another replica handled the reservation; this saga's copy still says RESERVING
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenPublishingA(paymentApproved())
                    .expectDispatchedCommandsMatching(paidSoldAndConfirmed());
        }

        @Test
        void doesNotConfirmTwiceWhenTheApprovalIsRedelivered() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenPublishingA(paymentApproved())
                    .expectNoDispatchedCommands();
        }

        @Test
        void notifiesTheCustomerAndEndsWhenTheOrderIsConfirmed() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenPublishingA(orderConfirmed())
                    .expectDispatchedCommands(notificationOf(
                            NotificationKind.ORDER_CONFIRMED,
                            Map.of(
                                    "ticketCodes", "CODEONE,CODETWO",
                                    "quantity", "2",
                                    "amountMinor", "5000",
                                    "currency", "EUR",
                                    "eventId", EVENT.toString())))
                    .expectActiveSagas(0);
        }

        @Test
        void ignoresAPaymentApprovedAfterTheOrderEnded() throws Exception {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD.plusSeconds(1))
                    .andThenAPublished(new OrderExpired(ORDER, CUSTOMER, EMAIL))
                    .whenPublishingA(paymentApproved())
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class PaymentUnsuccessfulStep {

        @Test
        void failsTheOrderThenReleasesItsSeatsWhenPaymentIsDeclined() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(new PaymentDeclined(PAYMENT, ORDER.value(), "card declined"))
                    .expectDispatchedCommands(
                            new FailOrderPayment(ORDER, "card declined"), new ReleaseSeats(TIER, ORDER))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void failsTheOrderThenReleasesItsSeatsWhenTheProviderFails() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(new PaymentFailed(PAYMENT, ORDER.value(), "provider error"))
                    .expectDispatchedCommands(
                            new FailOrderPayment(ORDER, "provider error"), new ReleaseSeats(TIER, ORDER))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void releasesNothingWhenTheOrderIsPaidAlready() {
            order.answer(FailOrderPayment.class, OrderStatus.PAID);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(new PaymentDeclined(PAYMENT, ORDER.value(), "card declined"))
                    .expectDispatchedCommands(new FailOrderPayment(ORDER, "card declined"));
        }

        @Test
        void releasesNothingWhenTheHoldExpiryEndedTheOrderFirst() {
            order.answer(FailOrderPayment.class, OrderStatus.EXPIRED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenPublishingA(new PaymentDeclined(PAYMENT, ORDER.value(), "card declined"))
                    .expectDispatchedCommands(new FailOrderPayment(ORDER, "card declined"));
        }

        @Test
        void neverFailsAnOrderPaidHere() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenAPublished(paymentApproved())
                    .whenPublishingA(new PaymentDeclined(PAYMENT, ORDER.value(), "card declined"))
                    .expectNoDispatchedCommands();
        }

        @Test
        void notifiesTheCustomerAndEndsWhenThePaymentFailed() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenAPublished(new PaymentDeclined(PAYMENT, ORDER.value(), "card declined"))
                    .whenPublishingA(new OrderPaymentFailed(ORDER, CUSTOMER, EMAIL, "card declined"))
                    .expectDispatchedCommands(
                            notificationOf(NotificationKind.ORDER_PAYMENT_FAILED, Map.of("reason", "card declined")))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class HoldExpiry {

        @Test
        void expiresTheOrderThenReleasesItsSeatsWhenTheHoldRunsOut() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD.plusSeconds(1))
                    .expectTriggeredDeadlinesWithName(TicketPurchaseSaga.HOLD_EXPIRY)
                    .expectDispatchedCommands(new ExpireOrder(ORDER), new ReleaseSeats(TIER, ORDER));
        }

        @Test
        void endsAnOrderStuckReservingSeats() {
            // the reservation's answer never arrived (dead-lettered): the hold still ends the order
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .whenTimeElapses(HOLD.plusSeconds(1))
                    .expectTriggeredDeadlinesWithName(TicketPurchaseSaga.HOLD_EXPIRY)
                    .expectDispatchedCommands(new ExpireOrder(ORDER), new ReleaseSeats(TIER, ORDER));
        }

        @Test
        void leavesAPaidOrderToTheApproval() {
            order.answer(ExpireOrder.class, OrderStatus.PAID);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD.plusSeconds(1))
                    .expectDispatchedCommands(new ExpireOrder(ORDER));
        }

        @Test
        void leavesAConfirmedOrderAsItIs() {
            order.answer(ExpireOrder.class, OrderStatus.CONFIRMED);

            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD.plusSeconds(1))
                    .expectDispatchedCommands(new ExpireOrder(ORDER));
        }

        @Test
        void keepsTheHoldWhileItLasts() {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .whenTimeElapses(HOLD.minusSeconds(1))
                    .expectNoDispatchedCommands();
        }

        @Test
        void requestsTheExpiryNotification() throws Exception {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD.plusSeconds(1))
                    .whenPublishingA(new OrderExpired(ORDER, CUSTOMER, EMAIL))
                    .expectDispatchedCommands(notificationOf(NotificationKind.ORDER_EXPIRED, Map.of()))
                    .expectActiveSagas(0);
        }

        @Test
        void ignoresATerminalEventRedeliveredAfterTheEnd() throws Exception {
            fixture.givenAPublished(anOrderOfTwoSeats())
                    .andThenAPublished(twoSeatsReserved())
                    .andThenTimeElapses(HOLD.plusSeconds(1))
                    .andThenAPublished(new OrderExpired(ORDER, CUSTOMER, EMAIL))
                    .whenPublishingA(new OrderExpired(ORDER, CUSTOMER, EMAIL))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0);
        }
    }
}
