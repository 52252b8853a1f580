package com.ticketorleaveit.tickets.command;

import com.ticketorleaveit.platform.refusal.Refusal;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.ExpireOrder;
import com.ticketorleaveit.tickets.api.FailOrderPayment;
import com.ticketorleaveit.tickets.api.MarkOrderPaid;
import com.ticketorleaveit.tickets.api.MarkOrderReserved;
import com.ticketorleaveit.tickets.api.OrderConfirmed;
import com.ticketorleaveit.tickets.api.OrderExpired;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderPaid;
import com.ticketorleaveit.tickets.api.OrderPaymentFailed;
import com.ticketorleaveit.tickets.api.OrderPlaced;
import com.ticketorleaveit.tickets.api.OrderRejected;
import com.ticketorleaveit.tickets.api.OrderReserved;
import com.ticketorleaveit.tickets.api.OrderStatus;
import com.ticketorleaveit.tickets.api.PlaceOrder;
import com.ticketorleaveit.tickets.api.RejectOrder;
import com.ticketorleaveit.tickets.api.RejectionReason;
import com.ticketorleaveit.tickets.api.TicketErrors;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final String EMAIL = "buyer@example.test";
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID TIER = UUID.randomUUID();
    private static final String KEY = "checkout-1";
    private static final OrderId ORDER = OrderId.forIdempotencyKey(CUSTOMER, KEY);
    private static final long AMOUNT = 9_000;

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
    }

    static PlaceOrder anOrderOf(int quantity) {
        return new PlaceOrder(ORDER, CUSTOMER, EMAIL, EVENT, TIER, quantity, "tok_approve", KEY);
    }

    static OrderPlaced placed(int quantity) {
        return new OrderPlaced(ORDER, CUSTOMER, EMAIL, EVENT, TIER, quantity, "tok_approve", KEY);
    }

    static OrderReserved reserved() {
        return new OrderReserved(ORDER, AMOUNT, "EUR");
    }

    static OrderPaid paid() {
        return new OrderPaid(ORDER);
    }

    static OrderExpired expired() {
        return new OrderExpired(ORDER, CUSTOMER, EMAIL);
    }

    static OrderPaymentFailed paymentFailed() {
        return new OrderPaymentFailed(ORDER, CUSTOMER, EMAIL, "DECLINED");
    }

    static Refusal conflict(String code) {
        return new Refusal(Refusal.Category.CONFLICT, code);
    }

    static OrderConfirmed confirmed(List<String> codes) {
        return new OrderConfirmed(ORDER, CUSTOMER, EMAIL, EVENT, TIER, 2, AMOUNT, "EUR", codes);
    }

    static OrderRejected rejected() {
        return new OrderRejected(ORDER, CUSTOMER, EMAIL, RejectionReason.SOLD_OUT);
    }

    @Nested
    class PlaceOrderCommand {

        @Test
        void placesAPendingOrder() {
            fixture.givenNoPriorActivity()
                    .when(anOrderOf(2))
                    .expectEvents(placed(2))
                    .expectResultMessagePayload(OrderStatus.PENDING);
        }

        @Test
        void placingTheSameOrderAgainChangesNothingAndAnswersItsStatus() {
            fixture.given(placed(2), reserved())
                    .when(anOrderOf(2))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.RESERVED);
        }

        @Test
        void refusesAReusedIdempotencyKeyForADifferentOrder() {
            fixture.given(placed(2))
                    .when(anOrderOf(3))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.IDEMPOTENCY_KEY_REUSED));
        }
    }

    @Nested
    class MarkOrderReservedCommand {

        @Test
        void recordsTheHoldAndTheAmountDue() {
            fixture.given(placed(2))
                    .when(new MarkOrderReserved(ORDER, AMOUNT, "EUR"))
                    .expectEvents(reserved())
                    .expectResultMessagePayload(OrderStatus.RESERVED);
        }

        @Test
        void markingTwiceChangesNothing() {
            fixture.given(placed(2), reserved())
                    .when(new MarkOrderReserved(ORDER, AMOUNT, "EUR"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.RESERVED);
        }

        @Test
        void doesNotReviveAnEndedOrder() {
            fixture.given(placed(2), rejected())
                    .when(new MarkOrderReserved(ORDER, AMOUNT, "EUR"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.REJECTED);
        }
    }

    @Nested
    class RejectOrderCommand {

        @Test
        void rejectsAPendingOrder() {
            fixture.given(placed(2))
                    .when(new RejectOrder(ORDER, RejectionReason.SOLD_OUT))
                    .expectEvents(rejected())
                    .expectResultMessagePayload(OrderStatus.REJECTED);
        }

        @Test
        void rejectingTwiceChangesNothing() {
            fixture.given(placed(2), rejected())
                    .when(new RejectOrder(ORDER, RejectionReason.SOLD_OUT))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.REJECTED);
        }

        @Test
        void doesNotRejectAnOrderThatHoldsSeats() {
            fixture.given(placed(2), reserved())
                    .when(new RejectOrder(ORDER, RejectionReason.SOLD_OUT))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.RESERVED);
        }

        @Test
        void doesNotRejectAPaidOrder() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new RejectOrder(ORDER, RejectionReason.SOLD_OUT))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAID);
        }
    }

    @Nested
    class MarkOrderPaidCommand {

        @Test
        void paysAReservedOrder() {
            fixture.given(placed(2), reserved())
                    .when(new MarkOrderPaid(ORDER))
                    .expectEvents(paid())
                    .expectResultMessagePayload(OrderStatus.PAID);
        }

        @Test
        void payingTwiceChangesNothing() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAID);
        }

        @Test
        void payingAConfirmedOrderChangesNothing() {
            fixture.given(placed(2), reserved(), paid(), confirmed(List.of("A", "B")))
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.CONFIRMED);
        }

        @Test
        void refusesToPayAnExpiredOrderSoItsReleasedSeatsAreNeverSold() {
            fixture.given(placed(2), reserved(), expired())
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_ALREADY_ENDED));
        }

        @Test
        void refusesToPayAnOrderWhosePaymentFailed() {
            fixture.given(placed(2), reserved(), paymentFailed())
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_ALREADY_ENDED));
        }

        @Test
        void refusesToPayAnOrderWithoutReservedSeats() {
            fixture.given(placed(2))
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_NOT_RESERVED));
        }
    }

    @Nested
    class ConfirmOrderCommand {

        @Test
        void issuesTheTicketsOfAPaidOrder() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new ConfirmOrder(ORDER, List.of("A", "B")))
                    .expectEvents(confirmed(List.of("A", "B")))
                    .expectResultMessagePayload(OrderStatus.CONFIRMED);
        }

        @Test
        void confirmingTwiceIssuesNoSecondSetOfTickets() {
            fixture.given(placed(2), reserved(), paid(), confirmed(List.of("A", "B")))
                    .when(new ConfirmOrder(ORDER, List.of("C", "D")))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.CONFIRMED);
        }

        @Test
        void refusesToConfirmAnUnpaidOrder() {
            fixture.given(placed(2), reserved())
                    .when(new ConfirmOrder(ORDER, List.of("A", "B")))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_NOT_PAID));
        }

        @Test
        void refusesToConfirmAnExpiredOrder() {
            fixture.given(placed(2), reserved(), expired())
                    .when(new ConfirmOrder(ORDER, List.of("A", "B")))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_ALREADY_ENDED));
        }

        @Test
        void refusesATicketCodeCountOtherThanTheQuantity() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new ConfirmOrder(ORDER, List.of("A")))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, TicketErrors.INVALID_TICKET_CODES));
        }

        @Test
        void refusesDuplicateTicketCodes() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new ConfirmOrder(ORDER, List.of("A", "A")))
                    .expectNoEvents()
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new Refusal(Refusal.Category.INVALID, TicketErrors.INVALID_TICKET_CODES));
        }
    }

    @Nested
    class FailOrderPaymentCommand {

        @Test
        void endsAReservedOrderUnpaid() {
            fixture.given(placed(2), reserved())
                    .when(new FailOrderPayment(ORDER, "DECLINED"))
                    .expectEvents(paymentFailed())
                    .expectResultMessagePayload(OrderStatus.PAYMENT_FAILED);
        }

        @Test
        void endsAPendingOrderUnpaid() {
            fixture.given(placed(2))
                    .when(new FailOrderPayment(ORDER, "DECLINED"))
                    .expectEvents(paymentFailed())
                    .expectResultMessagePayload(OrderStatus.PAYMENT_FAILED);
        }

        @Test
        void failingTwiceChangesNothing() {
            fixture.given(placed(2), reserved(), paymentFailed())
                    .when(new FailOrderPayment(ORDER, "DECLINED"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAYMENT_FAILED);
        }

        @Test
        void doesNotFailAPaidOrder() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new FailOrderPayment(ORDER, "TIMEOUT"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAID);
        }

        @Test
        void doesNotFailAConfirmedOrder() {
            fixture.given(placed(2), reserved(), paid(), confirmed(List.of("A", "B")))
                    .when(new FailOrderPayment(ORDER, "TIMEOUT"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.CONFIRMED);
        }

        @Test
        void answersExpiredForAnOrderThatExpiredFirst() {
            fixture.given(placed(2), reserved(), expired())
                    .when(new FailOrderPayment(ORDER, "DECLINED"))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.EXPIRED);
        }
    }

    @Nested
    class ExpireOrderCommand {

        @Test
        void expiresAReservedOrder() {
            fixture.given(placed(2), reserved())
                    .when(new ExpireOrder(ORDER))
                    .expectEvents(expired())
                    .expectResultMessagePayload(OrderStatus.EXPIRED);
        }

        @Test
        void expiresAPendingOrder() {
            fixture.given(placed(2))
                    .when(new ExpireOrder(ORDER))
                    .expectEvents(expired())
                    .expectResultMessagePayload(OrderStatus.EXPIRED);
        }

        @Test
        void expiringTwiceChangesNothing() {
            fixture.given(placed(2), reserved(), expired())
                    .when(new ExpireOrder(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.EXPIRED);
        }

        @Test
        void doesNotExpireAPaidOrderSoItsSeatsAreNeverReleased() {
            fixture.given(placed(2), reserved(), paid())
                    .when(new ExpireOrder(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAID);
        }

        @Test
        void doesNotExpireAConfirmedOrder() {
            fixture.given(placed(2), reserved(), paid(), confirmed(List.of("A", "B")))
                    .when(new ExpireOrder(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.CONFIRMED);
        }

        @Test
        void answersPaymentFailedForAnOrderThatFailedFirst() {
            fixture.given(placed(2), reserved(), paymentFailed())
                    .when(new ExpireOrder(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAYMENT_FAILED);
        }
    }

    @Nested
    class Races {

        @Test
        void whenPaymentWinsTheHoldExpiryChangesNothing() {
            fixture.given(placed(2), reserved())
                    .andGivenCommands(new MarkOrderPaid(ORDER))
                    .when(new ExpireOrder(ORDER))
                    .expectNoEvents()
                    .expectResultMessagePayload(OrderStatus.PAID);
        }

        @Test
        void whenTheHoldExpiryWinsThePaymentIsRefused() {
            fixture.given(placed(2), reserved())
                    .andGivenCommands(new ExpireOrder(ORDER))
                    .when(new MarkOrderPaid(ORDER))
                    .expectNoEvents()
                    .expectExceptionDetails(conflict(TicketErrors.ORDER_ALREADY_ENDED));
        }
    }
}
