package com.ticketorleaveit.saga.ticketpurchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.saga.RecordingCommandGateway;
import com.ticketorleaveit.saga.ticketpurchase.PaidOrders.PaidOrder;
import com.ticketorleaveit.saga.ticketpurchase.PaidOrders.UnansweredPayment;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaidOrderSweepTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final SweepProperties SWEEP = new SweepProperties(
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofDays(7), Duration.ofHours(1), 500);
    private static final PurchaseProperties PURCHASE =
            new PurchaseProperties(Duration.ofMinutes(10), Duration.ofDays(1), Duration.ofMinutes(5));

    private final FoundOrders found = new FoundOrders();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void confirmsEveryPaidOrderWithoutTicketsWithFreshCodesForItsSeats() {
        var reserved = new PaidOrder(UUID.randomUUID(), UUID.randomUUID(), 2, "RESERVED");
        var expired = new PaidOrder(UUID.randomUUID(), UUID.randomUUID(), 1, "EXPIRED");
        found.paid.addAll(List.of(reserved, expired));
        var gateway = new RecordingCommandGateway(command -> OrderStatus.CONFIRMED);

        int completed = sweep(gateway).completePaidOrders();

        assertThat(completed).isEqualTo(2);
        assertThat(gateway.sent()).hasSize(2).allSatisfy(command -> assertThat(command)
                .isInstanceOf(ConfirmOrder.class));
        var first = (ConfirmOrder) gateway.sent().get(0);
        assertThat(first.orderId()).isEqualTo(new OrderId(reserved.orderId()));
        assertThat(first.tierId()).isEqualTo(reserved.tierId());
        assertThat(new HashSet<>(first.ticketCodes())).hasSize(2);
        assertThat(((ConfirmOrder) gateway.sent().get(1)).ticketCodes()).hasSize(1);
        assertThat(meters.counter("ticketing.sweep.orders", "outcome", "confirmed")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void looksOnlyAtPaymentsApprovedBeforeTheGraceAndOrdersPlacedWithinTheLookback() {
        sweep(new RecordingCommandGateway()).completePaidOrders();

        assertThat(found.approvedBefore).isEqualTo(NOW.minus(SWEEP.grace()));
        assertThat(found.placedAfter).isEqualTo(NOW.minus(SWEEP.lookback()));
        assertThat(found.limit).isEqualTo(SWEEP.batch());
    }

    @Test
    void countsAnOrderCancelledForItsRefundAndGoesOnAfterACommandThatFailed() {
        var noSeatsLeft = new PaidOrder(UUID.randomUUID(), UUID.randomUUID(), 1, "EXPIRED");
        var unreachable = new PaidOrder(UUID.randomUUID(), UUID.randomUUID(), 1, "RESERVED");
        var next = new PaidOrder(UUID.randomUUID(), UUID.randomUUID(), 1, "RESERVED");
        found.paid.addAll(List.of(noSeatsLeft, unreachable, next));
        var gateway = new RecordingCommandGateway(command -> {
            OrderId order = ((ConfirmOrder) command).orderId();
            if (order.value().equals(unreachable.orderId())) {
                throw new IllegalStateException("no node answers");
            }
            return order.value().equals(noSeatsLeft.orderId()) ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED;
        });

        sweep(gateway).completePaidOrders();

        assertThat(gateway.sent()).hasSize(3);
        assertThat(meters.counter("ticketing.sweep.orders", "outcome", "refunded")
                        .count())
                .isEqualTo(1);
        assertThat(meters.counter("ticketing.sweep.orders", "outcome", "failed").count())
                .isEqualTo(1);
        assertThat(meters.counter("ticketing.sweep.orders", "outcome", "confirmed")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void asksAboutUnansweredPaymentsOnlyOnceThePurchasesOwnLatePaymentWindowClosed() {
        var payment = new UnansweredPayment(UUID.randomUUID(), UUID.randomUUID());
        found.unanswered.add(payment);
        var gateway = new RecordingCommandGateway(command -> PaymentStatus.APPROVED);

        int asked = sweep(gateway).askUnansweredPayments();

        assertThat(asked).isEqualTo(1);
        assertThat(gateway.sent()).containsExactly(new CheckPayment(new PaymentId(payment.paymentId())));
        assertThat(found.requestedBefore)
                .isEqualTo(NOW.minus(PURCHASE.holdDuration())
                        .minus(PURCHASE.latePaymentWindow())
                        .minus(SWEEP.grace()));
        assertThat(found.requestedAfter).isEqualTo(NOW.minus(SWEEP.lookback()));
    }

    @Test
    void aHealthySystemGivesTheSweepNothingToDo() {
        var gateway = new RecordingCommandGateway();

        assertThat(sweep(gateway).completePaidOrders()).isZero();
        assertThat(sweep(gateway).askUnansweredPayments()).isZero();
        assertThat(gateway.sent()).isEmpty();
    }

    private PaidOrderSweep sweep(RecordingCommandGateway gateway) {
        return new PaidOrderSweep(found, gateway, SWEEP, PURCHASE, meters, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** What the read models answer, and what they were asked. */
    private static final class FoundOrders implements PaidOrders {

        final List<PaidOrder> paid = new ArrayList<>();
        final List<UnansweredPayment> unanswered = new ArrayList<>();
        Instant approvedBefore;
        Instant placedAfter;
        Instant requestedBefore;
        Instant requestedAfter;
        int limit;

        @Override
        public List<PaidOrder> paidWithoutTickets(Instant approvedBefore, Instant placedAfter, int limit) {
            this.approvedBefore = approvedBefore;
            this.placedAfter = placedAfter;
            this.limit = limit;
            return paid;
        }

        @Override
        public List<UnansweredPayment> unansweredOfEndedOrders(
                Instant requestedBefore, Instant requestedAfter, int limit) {
            this.requestedBefore = requestedBefore;
            this.requestedAfter = requestedAfter;
            return unanswered;
        }
    }
}
