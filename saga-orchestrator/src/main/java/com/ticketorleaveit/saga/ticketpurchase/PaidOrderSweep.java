package com.ticketorleaveit.saga.ticketpurchase;

import com.ticketorleaveit.payments.api.CheckPayment;
import com.ticketorleaveit.payments.api.PaymentId;
import com.ticketorleaveit.payments.api.PaymentStatus;
import com.ticketorleaveit.saga.ticketpurchase.PaidOrders.PaidOrder;
import com.ticketorleaveit.saga.ticketpurchase.PaidOrders.UnansweredPayment;
import com.ticketorleaveit.tickets.api.ConfirmOrder;
import com.ticketorleaveit.tickets.api.OrderId;
import com.ticketorleaveit.tickets.api.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The purchase's safety net: no order stays paid without tickets, whatever happened to its purchase (a step
 * dead-lettered and never re-driven, a saga lost, a payment the provider approved after the late-payment window
 * closed, when no purchase listens any more). Two rounds, run on one orchestrator replica at a time
 * ({@link SweepSchedule}):
 *
 * <ul>
 *   <li>{@link #completePaidOrders()}: an order still reserved or expired whose payment was approved more than
 *       {@code grace} ago gets the command its purchase would have sent, {@code ConfirmOrder}: the order is confirmed
 *       (an expired one takes seats again if its tier has them) or, with no seats left or its event cancelled, it is
 *       cancelled and the cancellation process refunds its payment. The order decides, from its own state, so a
 *       purchase that confirms it at the same moment changes nothing twice.
 *   <li>{@link #askUnansweredPayments()}: a payment of an expired order that the provider never answered, past the
 *       purchase's late-payment window, is asked about again ({@code CheckPayment}), every {@code
 *       ask-unanswered-every} within the {@code lookback}; an approval found this way is recorded on the payment, and
 *       the next round above completes its order.
 * </ul>
 *
 * A command that fails is logged and tried again at the next round. Every order the sweep had to complete is logged
 * and counted ({@code ticketing.sweep.orders}): on a healthy system it does nothing.
 */
@Component
class PaidOrderSweep {

    private static final Logger log = LoggerFactory.getLogger(PaidOrderSweep.class);

    private final PaidOrders paidOrders;
    private final CommandGateway commandGateway;
    private final SweepProperties sweep;
    private final PurchaseProperties purchase;
    private final MeterRegistry meters;
    private final Clock clock;

    @Autowired
    PaidOrderSweep(
            PaidOrders paidOrders,
            CommandGateway commandGateway,
            SweepProperties sweep,
            PurchaseProperties purchase,
            MeterRegistry meters) {
        this(paidOrders, commandGateway, sweep, purchase, meters, Clock.systemUTC());
    }

    PaidOrderSweep(
            PaidOrders paidOrders,
            CommandGateway commandGateway,
            SweepProperties sweep,
            PurchaseProperties purchase,
            MeterRegistry meters,
            Clock clock) {
        this.paidOrders = paidOrders;
        this.commandGateway = commandGateway;
        this.sweep = sweep;
        this.purchase = purchase;
        this.meters = meters;
        this.clock = clock;
    }

    /** One round over paid orders without tickets; answers how many were found. */
    int completePaidOrders() {
        Instant now = clock.instant();
        List<PaidOrder> found =
                paidOrders.paidWithoutTickets(now.minus(sweep.grace()), now.minus(sweep.lookback()), sweep.batch());
        for (PaidOrder order : found) {
            complete(order);
        }
        return found.size();
    }

    /** One round over payments never answered; answers how many were asked about. */
    int askUnansweredPayments() {
        Instant now = clock.instant();
        // the purchase itself asks until its late-payment window closes
        Instant windowClosed = now.minus(purchase.holdDuration())
                .minus(purchase.latePaymentWindow())
                .minus(sweep.grace());
        List<UnansweredPayment> found =
                paidOrders.unansweredOfEndedOrders(windowClosed, now.minus(sweep.lookback()), sweep.batch());
        for (UnansweredPayment payment : found) {
            ask(payment);
        }
        return found.size();
    }

    private void complete(PaidOrder order) {
        try {
            OrderStatus status = commandGateway.sendAndWait(new ConfirmOrder(
                    new OrderId(order.orderId()),
                    order.tierId(),
                    TicketCodes.issue(order.quantity()),
                    // a late order's tickets name its buyer by email: the sweep reads no profiles
                    null));
            log.warn(
                    "Order {} was paid but {} without tickets; the sweep completed its purchase: now {}",
                    order.orderId(),
                    order.status(),
                    status);
            count(
                    status == OrderStatus.CONFIRMED
                            ? "confirmed"
                            : status == OrderStatus.CANCELLED ? "refunded" : "other");
        } catch (RuntimeException e) {
            log.warn("The sweep could not complete paid order {}; it tries again: {}", order.orderId(), e.toString());
            count("failed");
        }
    }

    private void ask(UnansweredPayment payment) {
        try {
            PaymentStatus status = commandGateway.sendAndWait(new CheckPayment(new PaymentId(payment.paymentId())));
            if (status != PaymentStatus.REQUESTED) {
                log.info(
                        "Payment {} of expired order {} was answered after its late-payment window: {}",
                        payment.paymentId(),
                        payment.orderId(),
                        status);
            }
        } catch (RuntimeException e) {
            log.warn("The sweep could not ask about payment {}: {}", payment.paymentId(), e.toString());
        }
    }

    private void count(String outcome) {
        meters.counter("ticketing.sweep.orders", "outcome", outcome).increment();
    }
}
