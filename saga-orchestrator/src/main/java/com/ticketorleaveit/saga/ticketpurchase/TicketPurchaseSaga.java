package com.ticketorleaveit.saga.ticketpurchase;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
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
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Buying tickets, from held seats to a paid or ended order. The tickets context has already placed the order and
 * held its seats in one step (or rejected it; then there is nothing to coordinate); this saga crosses to payments:
 *
 * <ol>
 *   <li>order reserved → start the hold ({@link #HOLD_EXPIRY}) and request the payment; a free order (nothing to pay)
 *       is confirmed at once;
 *   <li>payment approved → confirm the order (the pivot: its seats are sold, its tickets issued); retried until it
 *       succeeds, never compensated;
 *   <li>payment declined or failed → fail the order (its seats are released with it);
 *   <li>hold expired → the provider is asked once more what became of the payment ({@code CheckPayment}): approved,
 *       the order is confirmed; declined or failed, it fails; still unanswered, the order expires (its seats are
 *       released). The payment may still come ({@link #LATE_PAYMENT_WINDOW}), by the provider's own message or by
 *       asking it again every {@link #LATE_PAYMENT_CHECK} interval and once more when the window closes: approved
 *       late, the order takes seats again if the tier has them, or is cancelled and refunded (by the cancellation
 *       process), so nobody pays without getting tickets.
 * </ol>
 *
 * The order, not this saga, decides between paid and ended, and moves its seats in the same step: this saga's state
 * can be stale (the deadline's thread, another replica), but the order answers every step with its resulting status.
 * The saga ends with the step that ended the order. Every step sends its command and waits, so a failure rolls the
 * step back and the message is retried; each step runs only in the stage it expects, so a redelivered event
 * dispatches nothing twice. Customers hear how their order ended from {@link PurchaseNotifications}.
 */
@Saga
@ProcessingGroup(TicketPurchaseSaga.PROCESSING_GROUP)
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class TicketPurchaseSaga {

    public static final String PROCESSING_GROUP = "ticket-purchase";

    /** Seats are held this long (ticketing.saga.purchase.hold-duration) from the order's reservation to its payment. */
    static final String HOLD_EXPIRY = "ticket-purchase-hold-expiry";

    /** An expired order waits this long (ticketing.saga.purchase.late-payment-window) for a payment still unanswered. */
    static final String LATE_PAYMENT_WINDOW = "ticket-purchase-late-payment-window";

    /** An expired order's unanswered payment is asked about again (ticketing.saga.purchase.late-payment-check-every). */
    static final String LATE_PAYMENT_CHECK = "ticket-purchase-late-payment-check";

    private static final Logger log = LoggerFactory.getLogger(TicketPurchaseSaga.class);

    enum Stage {
        AWAITING_PAYMENT,
        /** The order expired unpaid, but its payment has not answered: it may still be approved. */
        EXPIRED_UNPAID,
        ENDED
    }

    @Autowired
    private transient CommandGateway commandGateway;

    @Autowired
    private transient DeadlineManager deadlineManager;

    @Autowired
    private transient PurchaseProperties properties;

    @Autowired
    private transient HolderNames holderNames;

    private OrderId orderId;
    private UUID tierId;
    private int quantity;
    private PaymentId paymentId;
    private String holdDeadlineId;
    private String latePaymentDeadlineId;
    private String latePaymentCheckId;
    private Stage stage;

    public TicketPurchaseSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderReserved event) {
        if (stage != null) {
            return;
        }
        orderId = event.orderId();
        tierId = event.tierId();
        quantity = event.quantity();
        // derived from the order, so a repeated request addresses the same payment
        paymentId = PaymentId.forOrder(orderId.value());
        stage = Stage.AWAITING_PAYMENT;
        // debug only: a line per purchase at info would cost every purchase its encoding (ADR 28)
        log.debug("Purchase of {} seats started, awaiting payment {}", quantity, paymentId);
        holdDeadlineId = deadlineManager.schedule(properties.holdDuration(), HOLD_EXPIRY);
        if (event.amountMinor() == 0) {
            // the payment service takes only positive amounts, and there is nothing to take
            confirm();
            return;
        }
        // the payment is the unit of idempotency at the provider: one key per payment, whatever the client sent
        commandGateway.sendAndWait(new RequestPayment(
                paymentId,
                orderId.value(),
                event.customerId(),
                event.amountMinor(),
                event.currency(),
                event.paymentMethod(),
                paymentId.toString()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentApproved event) {
        if (stage == Stage.AWAITING_PAYMENT || stage == Stage.EXPIRED_UNPAID) {
            confirm();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentDeclined event) {
        paymentUnsuccessful(event.reason());
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentFailed event) {
        paymentUnsuccessful(event.reason());
    }

    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void holdExpired() {
        holdDeadlineId = null;
        if (stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        PaymentStatus payment = checkPayment();
        if (payment == PaymentStatus.APPROVED) {
            confirm();
            return;
        }
        if (payment == PaymentStatus.DECLINED || payment == PaymentStatus.FAILED) {
            end(commandGateway.sendAndWait(new FailOrderPayment(
                    orderId, tierId, "payment " + payment.name().toLowerCase())));
            return;
        }
        OrderStatus status = commandGateway.sendAndWait(new ExpireOrder(orderId, tierId));
        if (status != OrderStatus.EXPIRED) {
            end(status);
            return;
        }
        stage = Stage.EXPIRED_UNPAID;
        latePaymentDeadlineId = deadlineManager.schedule(properties.latePaymentWindow(), LATE_PAYMENT_WINDOW);
        latePaymentCheckId = deadlineManager.schedule(properties.latePaymentCheckEvery(), LATE_PAYMENT_CHECK);
    }

    @DeadlineHandler(deadlineName = LATE_PAYMENT_CHECK)
    void latePaymentCheck() {
        latePaymentCheckId = null;
        if (stage != Stage.EXPIRED_UNPAID) {
            return;
        }
        PaymentStatus payment = checkPayment();
        if (payment == PaymentStatus.APPROVED) {
            confirm();
        } else if (payment == PaymentStatus.REQUESTED) {
            latePaymentCheckId = deadlineManager.schedule(properties.latePaymentCheckEvery(), LATE_PAYMENT_CHECK);
        } else {
            // declined or failed after all: nothing was paid for the expired order
            end(OrderStatus.EXPIRED);
        }
    }

    @DeadlineHandler(deadlineName = LATE_PAYMENT_WINDOW)
    void latePaymentWindowClosed() {
        latePaymentDeadlineId = null;
        if (stage != Stage.EXPIRED_UNPAID) {
            return;
        }
        if (checkPayment() == PaymentStatus.APPROVED) {
            confirm();
        } else {
            log.info(
                    "Payment {} of expired order {} was not approved within the late-payment window",
                    paymentId,
                    orderId);
            end(OrderStatus.EXPIRED);
        }
    }

    /**
     * What the provider says of the payment now ({@code REQUESTED} while it has not answered). A provider that cannot
     * be asked counts as no answer: the hold still ends, and the late-payment checks ask again.
     */
    private PaymentStatus checkPayment() {
        try {
            return commandGateway.sendAndWait(new CheckPayment(paymentId));
        } catch (RuntimeException e) {
            log.warn("Could not ask for the status of payment {} of order {}: {}", paymentId, orderId, e.toString());
            return PaymentStatus.REQUESTED;
        }
    }

    /**
     * The pivot: the order is paid. An order that expired first takes seats again if its tier has them, or is
     * cancelled (CANCELLED), and the cancellation process refunds the payment.
     */
    private void confirm() {
        OrderStatus status = commandGateway.sendAndWait(new ConfirmOrder(
                orderId,
                tierId,
                TicketCodes.issue(quantity),
                holderNames.of(orderId).orElse(null)));
        if (status == OrderStatus.CANCELLED) {
            log.info(
                    "Payment {} of order {} came after its seats were gone or its event was cancelled; it is refunded",
                    paymentId,
                    orderId);
        } else if (status != OrderStatus.CONFIRMED) {
            log.warn("Payment {} of order {} was approved, but the order is {}", paymentId, orderId, status);
        }
        end(status);
    }

    private void paymentUnsuccessful(String reason) {
        if (stage == Stage.AWAITING_PAYMENT) {
            end(commandGateway.sendAndWait(new FailOrderPayment(orderId, tierId, reason)));
        } else if (stage == Stage.EXPIRED_UNPAID) {
            // the order ended already, and nothing was paid
            end(OrderStatus.EXPIRED);
        }
    }

    /** The order ended, whichever way: nothing is left to coordinate. */
    private void end(OrderStatus status) {
        if (!status.isTerminal()) {
            throw new IllegalStateException("Order " + orderId + " is still " + status + " after its last step");
        }
        stage = Stage.ENDED;
        if (holdDeadlineId != null) {
            deadlineManager.cancelSchedule(HOLD_EXPIRY, holdDeadlineId);
            holdDeadlineId = null;
        }
        if (latePaymentDeadlineId != null) {
            deadlineManager.cancelSchedule(LATE_PAYMENT_WINDOW, latePaymentDeadlineId);
            latePaymentDeadlineId = null;
        }
        if (latePaymentCheckId != null) {
            deadlineManager.cancelSchedule(LATE_PAYMENT_CHECK, latePaymentCheckId);
            latePaymentCheckId = null;
        }
        SagaLifecycle.end();
    }
}
